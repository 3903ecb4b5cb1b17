/** Plain rectangle numbers, so decisions can be unit-tested without layout. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export function toBox(rect: { left: number; top: number; width: number; height: number }): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

export function right(box: Box): number {
  return box.left + box.width;
}

export function bottom(box: Box): number {
  return box.top + box.height;
}

export function overlapX(a: Box, b: Box): number {
  return Math.max(0, Math.min(right(a), right(b)) - Math.max(a.left, b.left));
}

export function overlapY(a: Box, b: Box): number {
  return Math.max(0, Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top));
}

/** Share of the viewport (0..1) that the box covers. */
export function viewportCoverage(box: Box, viewport: Viewport): number {
  const screen: Box = { left: 0, top: 0, width: viewport.width, height: viewport.height };
  const area = viewport.width * viewport.height;
  return area > 0 ? (overlapX(box, screen) * overlapY(box, screen)) / area : 0;
}
