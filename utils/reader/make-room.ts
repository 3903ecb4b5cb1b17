import { injectPageStyle, type PageStyle } from '../page-style';

/** The panel's width plus its 16 px gap on each side. */
export const PANEL_FOOTPRINT_PX = 332;

/**
 * Narrowing the page makes the browser lay out all of it again: on a page this big
 * that alone is a long task (≈430 ms at 100,000 nodes), so there the panel overlays.
 */
const MAX_ELEMENTS_TO_REFLOW = 30_000;

/**
 * Where the speech text runs under the panel (no margin wide enough on its side),
 * narrow the page by the panel's width so the panel sits beside the text, not on it.
 * Returns the style to remove when the panel collapses or goes.
 */
export function makeRoomForPanel(doc: Document, win: Window, root: Element, side: 'left' | 'right'): PageStyle | null {
  const rect = root.getBoundingClientRect();
  const free = side === 'right' ? win.innerWidth - rect.right : rect.left;
  if (free >= PANEL_FOOTPRINT_PX || win.innerWidth < PANEL_FOOTPRINT_PX * 2.5) return null;
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS_TO_REFLOW) return null;
  return injectPageStyle(doc, `html{margin-${side}:${PANEL_FOOTPRINT_PX}px!important}`, 'room');
}
