import { PANEL_TAG } from './panel-host';

const GAP_PX = 16;

/** Scrolls so the heading sits just below any fixed or sticky header. */
export function scrollToHeading(win: Window, node: Element): void {
  pendingSettle.get(win)?.();
  const offset = fixedHeaderOffset(win);
  const targetTop = () => Math.max(0, Math.round(node.getBoundingClientRect().top + win.scrollY - offset - GAP_PX));
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const startY = win.scrollY;
  const firstTarget = targetTop();
  win.scrollTo({ top: firstTarget, behavior: reduceMotion ? 'auto' : 'smooth' });
  if (reduceMotion || firstTarget === startY) return;
  // A smooth scroll can end short of the heading: the page moved it while laying out, or a
  // page script cut the scroll off (Firefox's were seen to stop near their start on a
  // document-library page that shows a login modal, and to be thrown 210 px back mid-way
  // when that page locked its scroll). When the scroll ends, finish the jump at once if it
  // stopped between where it started and the heading. A newer jump and the reader's own
  // wheel, touch, key or press cancel that; a move backwards alone does not, since the
  // page's scroll lock makes one with no reader involved.
  const settle = () => {
    cancel();
    const top = targetTop();
    const reachable = Math.min(top, win.document.documentElement.scrollHeight - win.innerHeight);
    const y = win.scrollY;
    // Stopped between where it started (included: cut off before it moved) and the heading.
    const onTheWay = (y - startY) * (reachable - y) >= 0;
    if (onTheWay && Math.abs(y - reachable) > 4) win.scrollTo({ top, behavior: 'auto' });
  };
  // Settle by then even without a scrollend (a scroll cut off at its start may send none).
  const timer = win.setTimeout(settle, SETTLE_WITHIN_MS);
  const cancel = () => {
    win.clearTimeout(timer);
    win.removeEventListener('scrollend', settle);
    for (const type of READER_SCROLLS) win.removeEventListener(type, cancel, true);
    if (pendingSettle.get(win) === cancel) pendingSettle.delete(win);
  };
  win.addEventListener('scrollend', settle);
  for (const type of READER_SCROLLS) win.addEventListener(type, cancel, true);
  pendingSettle.set(win, cancel);
}

/** When a jump is finished at the latest: longer than a smooth scroll takes in Chromium and Firefox. */
const SETTLE_WITHIN_MS = 2_000;
/** Input by which the reader takes the scroll over. */
const READER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** The unfinished jump of each window, so a newer jump replaces it. */
const pendingSettle = new WeakMap<Window, () => void>();

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
