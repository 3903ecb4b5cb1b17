// Heuristic 4: gradient or mask-image overlays at the end of the speech (a
// positioned box with a linear-gradient, on the bottom edge of the root or of its
// clamping container), including the "展开全文" button inside them.
import { bottom, overlapX, toBox, type Box } from '../geometry';
import { isRendered, maskImage } from '../style-read';
import type { Decision } from '../types';

export interface MaskMeasure {
  position: string;
  backgroundImage: string;
  maskImage: string;
  rendered: boolean;
  box: Box;
  /** The root's box and the boxes of clamping containers around it. */
  anchors: Box[];
}

const MAX_MASK_HEIGHT = 600;
const EDGE = 80;
const LEVELS_UP = 3;
const MAX_CANDIDATES = 80;

function nearBottomEdge(box: Box, anchor: Box): boolean {
  if (overlapX(box, anchor) < 0.5 * box.width) return false;
  const edge = bottom(anchor);
  return box.top > anchor.top && box.top < edge + 10 && bottom(box) > edge - EDGE && bottom(box) < edge + EDGE;
}

export function isGradientMask(m: MaskMeasure): boolean {
  if (!m.rendered || m.position === 'static' || m.position === '') return false;
  const faded = m.backgroundImage.includes('gradient(') || (m.maskImage !== '' && m.maskImage !== 'none');
  if (!faded || m.box.height < 8 || m.box.height > MAX_MASK_HEIGHT) return false;
  return m.anchors.some((anchor) => nearBottomEdge(m.box, anchor));
}

/** The root's last children, and the other children of its nearest ancestors. */
function candidates(root: Element): Element[] {
  const out = Array.from(root.children).slice(-3);
  let node: Element | null = root;
  for (let level = 0; level < LEVELS_UP && node?.parentElement; level++) {
    node = node.parentElement;
    if (node === node.ownerDocument.body) break;
    out.push(...Array.from(node.children).filter((child) => !child.contains(root)));
  }
  return out.slice(0, MAX_CANDIDATES);
}

export function gradientMaskDecisions(win: Window, root: Element, clampBoxes: Box[]): Decision[] {
  const anchors = [toBox(root.getBoundingClientRect()), ...clampBoxes];
  return candidates(root)
    .filter((element) => {
      const style = win.getComputedStyle(element);
      return isGradientMask({
        position: style.position,
        backgroundImage: style.backgroundImage,
        maskImage: maskImage(style),
        rendered: isRendered(style),
        box: toBox(element.getBoundingClientRect()),
        anchors,
      });
    })
    .map((element) => ({ element, category: 'clamp' as const, action: { kind: 'hide' as const }, source: 'heuristic:gradient-mask' }));
}
