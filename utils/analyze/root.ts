// Finds the element that holds the speech body: a simple text-density score in the spirit
// of Readability. Each text line credits its own block, its parent and (half) its
// grandparent; link-heavy and very short lines (navigation, related lists) earn nothing.

import { collectLines, type Line } from './blocks';
import { inChunks, runSteps } from './steps';

const MIN_LINE_CHARS = 12;
const NON_CONTENT_HINT = /comment|footer|sidebar|related|recommend|share|nav|menu|breadcrumb|copyright|advert|banner/i;

export function lineWeight(line: Line): number {
  const length = line.text.length;
  if (length < MIN_LINE_CHARS) return 0;
  if (line.linkChars > length * 0.3) return 0;
  return length;
}

function penalty(el: Element): number {
  const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return NON_CONTENT_HINT.test(hint) ? 0.5 : 1;
}

export function findSpeechRoot(doc: Document): Element {
  const top = doc.body ?? doc.documentElement;
  return findRootIn(top, collectLines(top));
}

/** Same as findSpeechRoot, reusing lines already collected from `top`. */
export function findRootIn(top: Element, lines: Line[]): Element {
  return runSteps(findRootSteps(top, lines));
}

/** findRootIn in steps (see steps.ts). */
export function* findRootSteps(top: Element, lines: Line[]): Generator<void, Element> {
  const scores = new Map<Element, number>();
  const credit = (el: Element | null, amount: number): void => {
    if (el === null || amount <= 0) return;
    scores.set(el, (scores.get(el) ?? 0) + amount);
  };
  yield* inChunks(lines.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const line = lines[i] as Line;
      const weight = lineWeight(line);
      if (weight === 0) continue;
      credit(line.node, weight);
      const parent = line.node === top ? null : line.node.parentElement;
      credit(parent, weight);
      credit(parent === top || parent === null ? null : parent.parentElement, weight / 2);
    }
  });
  yield;
  let best: Element = top;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    // Far below the best so far even without a penalty: it can neither win nor tie, so its
    // class, id and place are not read (DOM reads are the cost of this loop in the reader).
    if (raw < bestScore * 0.99) continue;
    if (!top.contains(el)) continue;
    const score = raw * penalty(el);
    const nearTie = Math.abs(score - bestScore) <= bestScore * 0.001;
    if (score > bestScore * 1.001 || (nearTie && best.contains(el))) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
