// Heuristics 1 and 2, the measuring half: find fixed/sticky boxes (a grid of
// elementsFromPoint probes plus a shallow walk under <body>), read their geometry and
// style once, then classify with the pure rules. Read-only.
import { toBox } from '../geometry';
import { isOwnUi } from '../guard';
import { colorAlpha, isRendered, zIndex } from '../style-read';
import type { Decision } from '../types';
import { classifyFixed, type FixedMeasure } from './fixed-overlay-rules';

const GRID = [0.04, 0.25, 0.5, 0.75, 0.97];
const WALK_DEPTH = 4;
const WALK_LIMIT = 1500;

type StyleOf = (element: Element) => CSSStyleDeclaration;

function pinnedPosition(style: CSSStyleDeclaration): 'fixed' | 'sticky' | null {
  return style.position === 'fixed' || style.position === 'sticky' ? style.position : null;
}

/** The outermost fixed/sticky ancestor-or-self that does not hold the speech root. */
function pinnedBox(element: Element, root: Element, styleOf: StyleOf): Element | null {
  const body = element.ownerDocument.body;
  let found: Element | null = null;
  for (let node: Element | null = element; node && node !== body && node !== node.ownerDocument.documentElement; node = node.parentElement) {
    if (node.contains(root)) break;
    if (pinnedPosition(styleOf(node))) found = node;
  }
  return found;
}

function probeGrid(doc: Document, win: Window): Element[] {
  if (typeof doc.elementsFromPoint !== 'function') return [];
  const hits = new Set<Element>();
  for (const fy of GRID)
    for (const fx of GRID) for (const hit of doc.elementsFromPoint(fx * win.innerWidth, fy * win.innerHeight)) hits.add(hit);
  return [...hits];
}

function shallowWalk(doc: Document): Element[] {
  const out: Element[] = [];
  let level: Element[] = doc.body ? [doc.body] : [];
  for (let depth = 0; depth < WALK_DEPTH && level.length > 0 && out.length < WALK_LIMIT; depth++) {
    level = level.flatMap((element) => Array.from(element.children));
    out.push(...level.slice(0, WALK_LIMIT - out.length));
  }
  return out;
}

function measure(element: Element, style: CSSStyleDeclaration, root: Element, win: Window): FixedMeasure {
  return {
    position: pinnedPosition(style) ?? 'fixed',
    box: toBox(element.getBoundingClientRect()),
    zIndex: zIndex(style),
    rendered: isRendered(style),
    backgroundAlpha: colorAlpha(style.backgroundColor),
    rootBox: toBox(root.getBoundingClientRect()),
    viewport: { width: win.innerWidth, height: win.innerHeight },
  };
}

/** `candidates` limits the search (late mutations); otherwise the viewport is probed. */
export function fixedOverlayDecisions(doc: Document, win: Window, root: Element, candidates?: Element[]): Decision[] {
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf: StyleOf = (element) => {
    let style = styles.get(element);
    if (!style) styles.set(element, (style = win.getComputedStyle(element)));
    return style;
  };
  const sources = candidates ?? [...probeGrid(doc, win), ...shallowWalk(doc)];
  const boxes = new Set<Element>();
  for (const element of sources) {
    if (root.contains(element) || isOwnUi(element)) continue;
    const box = pinnedBox(element, root, styleOf);
    if (box) boxes.add(box);
  }
  const decisions: Decision[] = [];
  for (const element of boxes) {
    const verdict = classifyFixed(measure(element, styleOf(element), root, win));
    if (verdict) decisions.push({ element, category: 'overlay', action: { kind: 'hide' }, source: `heuristic:fixed-${verdict}` });
  }
  return decisions;
}
