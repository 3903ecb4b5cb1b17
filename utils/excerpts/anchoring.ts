// Selectors for a saved passage and finding it again on a later visit, in the order
// Hypothesis uses: position, then exact quote with context, then fuzzy quote (first
// inside the recorded section, then anywhere). Offsets are UTF-16 code units of the
// root's flat text (see text-index.ts).

import type { Anchor } from './model';
import { fuzzyFind, type TextSpan } from './fuzzy-quote';
import { buildTextIndex, offsetOfNode, offsetsFromRange, rangeFromOffsets, type TextIndex } from './text-index';

export type { TextSpan };

export const CONTEXT_LENGTH = 32;
const MAX_QUOTE_LENGTH = 100_000;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy-section' | 'fuzzy-anywhere';

/** Selectors for a Range inside root; null if it holds no text of root (or more than an excerpt may). */
export function describeRange(root: Node, range: Range, options: { sectionIndex?: number; index?: TextIndex } = {}): Anchor | null {
  const index = options.index ?? buildTextIndex(root);
  const offsets = offsetsFromRange(index, range);
  if (!offsets) return null;
  const { text } = index;
  let { start, end } = offsets;
  // Selections often carry the surrounding line breaks; the quote starts and ends on text.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end || end - start > MAX_QUOTE_LENGTH) return null;
  // Infer<> types optional keys as present-but-undefined; stored objects leave them out.
  const anchor = {
    quote: {
      exact: text.slice(start, end),
      prefix: wholeCodePoints(text.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
      suffix: wholeCodePoints(text.slice(end, end + CONTEXT_LENGTH)),
    },
    position: { start, end },
  } as Anchor;
  if (options.sectionIndex !== undefined) anchor.sectionIndex = options.sectionIndex;
  return anchor;
}

/**
 * Finds a saved passage in root again; null means an orphan ("not found on this page").
 * `sectionRanges[i]` is the text span of outline item i (see sectionRangesFromHeadings).
 * Pass `index` to reuse one snapshot, but rebuild it after highlighting.
 */
export function anchorExcerpt(
  root: Node,
  anchor: Anchor,
  options: { sectionRanges?: TextSpan[]; index?: TextIndex } = {},
): { range: Range; method: AnchorMethod } | null {
  const index = options.index ?? buildTextIndex(root);
  const section = anchor.sectionIndex === undefined ? undefined : options.sectionRanges?.[anchor.sectionIndex];
  const found = locateQuote(index.text, anchor, section);
  if (!found) return null;
  const range = rangeFromOffsets(index, found.start, found.end);
  return range ? { range, method: found.method } : null;
}

/** The string-level search behind anchorExcerpt. */
export function locateQuote(text: string, anchor: Anchor, section?: TextSpan): (TextSpan & { method: AnchorMethod }) | null {
  const { exact } = anchor.quote;
  const { start, end } = anchor.position;
  if (text.slice(start, end) === exact) return { start, end, method: 'position' };

  const quoted = bestExactOccurrence(text, anchor);
  if (quoted) return { ...quoted, method: 'quote' };

  if (section && section.start < section.end) {
    const inSection = fuzzyFind(text, anchor, clampSpan(section, text.length));
    if (inSection) return { ...inSection, method: 'fuzzy-section' };
  }
  const anywhere = fuzzyFind(text, anchor, { start: 0, end: text.length });
  return anywhere ? { ...anywhere, method: 'fuzzy-anywhere' } : null;
}

/**
 * Text spans of outline items from their heading nodes, in outline (document) order:
 * item i runs to the next heading of any level, because an excerpt "sits under" the
 * deepest item above it.
 */
export function sectionRangesFromHeadings(index: TextIndex, headings: Node[]): TextSpan[] {
  const starts = headings.map((heading) => offsetOfNode(index, heading));
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? index.text.length }));
}

/** Among exact occurrences, the one whose surroundings agree most with the saved context. */
function bestExactOccurrence(text: string, anchor: Anchor): TextSpan | null {
  const { exact, prefix, suffix } = anchor.quote;
  let best: TextSpan | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const context = commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(text.slice(end, end + suffix.length), suffix);
    // Context decides; distance from the saved position only breaks ties.
    const score = context - Math.abs(at - anchor.position.start) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end };
    }
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function clampSpan(span: TextSpan, length: number): TextSpan {
  return { start: Math.max(0, Math.min(span.start, length)), end: Math.max(0, Math.min(span.end, length)) };
}

/** Drops a half surrogate pair left at either end by cutting at a fixed length. */
function wholeCodePoints(slice: string): string {
  return slice.replace(/^[\uDC00-\uDFFF]/, '').replace(/[\uD800-\uDBFF]$/, '');
}
