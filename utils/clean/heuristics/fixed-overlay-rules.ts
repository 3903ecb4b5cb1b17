// Heuristics 1 and 2 as pure decisions on measured numbers (unit-tested with tables;
// the measuring lives in fixed-overlays.ts).
import { bottom, overlapX, viewportCoverage, type Box, type Viewport } from '../geometry';

export interface FixedMeasure {
  position: 'fixed' | 'sticky';
  box: Box;
  zIndex: number;
  rendered: boolean;
  /** Alpha of the background colour (0 transparent … 1 opaque). */
  backgroundAlpha: number;
  /** The speech root's box (its horizontal extent is what matters: text scrolls under fixed bars). */
  rootBox: Box;
  viewport: Viewport;
}

export type FixedVerdict = 'backdrop' | 'modal' | 'bar' | 'float' | null;

const BACKDROP_COVERAGE = 0.9;
const MODAL_COVERAGE = 0.25;
const HEADER_MAX_SHARE = 0.2;
const BAR_MAX_SHARE = 0.4;
const FLOAT_MIN_COVERAGE = 0.02;

function coversTextColumn(m: FixedMeasure): boolean {
  return overlapX(m.box, m.rootBox) >= Math.min(160, 0.3 * m.rootBox.width);
}

/** Pinned to the top edge: a site header or nav bar. Only a large one is treated as an overlay. */
export function isPinnedToTop(m: FixedMeasure): boolean {
  return m.box.top <= 2 && m.box.height <= 0.5 * m.viewport.height;
}

export function classifyFixed(m: FixedMeasure): FixedVerdict {
  if (!m.rendered || m.zIndex < 0 || m.box.width < 1 || m.box.height < 1) return null;
  const coverage = viewportCoverage(m.box, m.viewport);
  if (coverage >= BACKDROP_COVERAGE) return m.backgroundAlpha < 1 ? 'backdrop' : 'modal';
  if (isPinnedToTop(m) && m.box.height <= HEADER_MAX_SHARE * m.viewport.height) return null;
  if (coverage >= MODAL_COVERAGE && (coversTextColumn(m) || coverage >= 0.5)) return 'modal';
  const pinnedToBottom = bottom(m.box) >= m.viewport.height - 4 && m.box.top < m.viewport.height;
  if (pinnedToBottom && m.box.height <= BAR_MAX_SHARE * m.viewport.height && coversTextColumn(m)) return 'bar';
  // Sticky boxes only count when they are large or pinned to the bottom (above).
  if (m.position === 'sticky' || isPinnedToTop(m)) return null;
  if (coverage >= FLOAT_MIN_COVERAGE && coversTextColumn(m) && m.zIndex >= 1) return 'float';
  return null;
}
