import { PANEL_TAG } from './panel-host';

const GAP_PX = 16;

/** Scrolls so the heading sits just below any fixed or sticky header. */
export function scrollToHeading(win: Window, node: Element): void {
  const top = node.getBoundingClientRect().top + win.scrollY - fixedHeaderOffset(win) - GAP_PX;
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  win.scrollTo({ top: Math.max(0, top), behavior: reduceMotion ? 'auto' : 'smooth' });
}

/** Height covered at the top of the viewport by the page's fixed or sticky bars. */
export function fixedHeaderOffset(win: Window): number {
  const doc = win.document;
  const width = win.innerWidth;
  let bottom = 0;
  const seen = new Set<Element>();
  for (const x of [width * 0.25, width * 0.5, width * 0.75]) {
    for (const element of doc.elementsFromPoint(x, 2)) {
      const bar = pinnedAncestor(win, element, seen);
      if (!bar) continue;
      const rect = bar.getBoundingClientRect();
      // A pinned element taller than a third of the viewport is a modal, not a header.
      if (rect.top <= 2 && rect.height < win.innerHeight / 3) bottom = Math.max(bottom, rect.bottom);
    }
  }
  return bottom;
}

function pinnedAncestor(win: Window, start: Element, seen: Set<Element>): Element | null {
  for (let element: Element | null = start; element && element !== win.document.documentElement; element = element.parentElement) {
    if (seen.has(element)) return null;
    seen.add(element);
    if (element.localName === PANEL_TAG) return null;
    const position = win.getComputedStyle(element).position;
    if (position === 'fixed' || position === 'sticky') return element;
  }
  return null;
}
