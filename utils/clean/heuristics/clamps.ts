// Heuristic 5: max-height / height + overflow:hidden clamps (and mask-image fades) on
// the speech root or its ancestors that clip text the page has delivered.
import { toBox, type Box } from '../geometry';
import { maskImage, overflowY } from '../style-read';
import type { Decision } from '../types';

export interface ClampMeasure {
  overflowY: string;
  maskImage: string;
  scrollHeight: number;
  clientHeight: number;
  /** How far (px) the root's content reaches below this element's visible bottom. */
  textBelow: number;
}

export type ClampVerdict = 'clip' | 'mask' | null;

const CLIPPING = new Set(['hidden', 'clip']);
const SLACK = 4;
const MAX_ANCESTORS = 12;

export function classifyClamp(m: ClampMeasure): ClampVerdict {
  if (CLIPPING.has(m.overflowY) && m.scrollHeight > m.clientHeight + SLACK && m.textBelow > SLACK) return 'clip';
  if (m.maskImage && m.maskImage !== 'none') return 'mask';
  return null;
}

/** Bottom (viewport px) of the root's content, whether or not the root itself clips it. */
function rootContentBottom(root: Element): number {
  return root.getBoundingClientRect().top + root.clientTop + root.scrollHeight;
}

export function measureClamp(element: Element, root: Element, win: Window): ClampMeasure {
  const style = win.getComputedStyle(element);
  const visibleBottom = element.getBoundingClientRect().top + element.clientTop + element.clientHeight;
  return {
    overflowY: overflowY(style),
    maskImage: maskImage(style),
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
    textBelow: rootContentBottom(root) - visibleBottom,
  };
}

/** The root and its ancestors below <body>, nearest first. */
export function rootAndAncestors(root: Element): Element[] {
  const chain: Element[] = [];
  const body = root.ownerDocument.body;
  for (let node: Element | null = root; node && node !== body && chain.length <= MAX_ANCESTORS; node = node.parentElement) {
    if (node === node.ownerDocument.documentElement) break;
    chain.push(node);
  }
  return chain;
}

export interface ClampFinding {
  decisions: Decision[];
  /** Boxes of the clamping containers, measured before any change (anchors for mask detection). */
  boxes: Box[];
}

export function clampDecisions(win: Window, root: Element): ClampFinding {
  const decisions: Decision[] = [];
  const boxes: Box[] = [];
  for (const element of rootAndAncestors(root)) {
    const verdict = classifyClamp(measureClamp(element, root, win));
    if (!verdict) continue;
    boxes.push(toBox(element.getBoundingClientRect()));
    decisions.push({ element, category: 'clamp', action: { kind: 'unclamp' }, source: `heuristic:clamp-${verdict}`, revealsText: true });
  }
  return { decisions, boxes };
}
