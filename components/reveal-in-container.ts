/**
 * Scrolls `container` (the panel's own scroll box) just enough to show `element`.
 * Not `scrollIntoView`: that also scrolls every scrollable ancestor, and moving
 * the page while the reader scrolls would fight the scroll-spy that called us.
 */
export function revealInContainer(element: Element, container: Element | null | undefined): void {
  if (!container) return;
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  // No layout (happy-dom, a hidden panel): nothing sensible to do.
  if (box.height === 0 || target.height === 0) return;
  const margin = 8;
  if (target.top < box.top) container.scrollTop -= box.top - target.top + margin;
  else if (target.bottom > box.bottom) container.scrollTop += target.bottom - box.bottom + margin;
}
