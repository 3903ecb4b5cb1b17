// Approximate quote matching with approx-string-match (Myers' bit-parallel algorithm,
// the library Hypothesis uses). Error budget: 10% of the quote, at least 2 (fewer for
// quotes under 8 characters, so a short quote cannot match random text), at most
// MAX_ERRORS. Candidates are ranked like Hypothesis: quote 50, prefix 20, suffix 20,
// closeness to the saved position 2.
//
// Long quotes (> LONG_QUOTE): searching the whole pattern costs O(budget/32 × text),
// so we find its first and last EDGE characters separately, pair a head with a tail
// that ends about one quote-length later, and verify the pair with the full budget on
// that window only. Trade-off: a long quote whose opening or closing EDGE characters
// were heavily rewritten is not found (it becomes an orphan rather than a wrong hit).

import search from 'approx-string-match';
import type { Anchor } from './model';

export interface TextSpan {
  start: number;
  end: number;
}

interface Candidate extends TextSpan {
  errors: number;
}

const LONG_QUOTE = 256;
const EDGE = 64;
const MAX_ERRORS = 2_000;
/** Head/tail pairs verified at most, so a page full of repeated boilerplate stays cheap. */
const MAX_PAIRS = 20;

export function errorBudget(length: number): number {
  return Math.min(MAX_ERRORS, Math.max(Math.min(2, Math.floor(length / 4)), Math.floor(length / 10)));
}

/** Best approximate occurrence of the anchor's quote inside `within`, or null. */
export function fuzzyFind(text: string, anchor: Anchor, within: TextSpan): TextSpan | null {
  const { exact } = anchor.quote;
  const budget = errorBudget(exact.length);
  if (budget === 0 || within.end - within.start < exact.length - budget) return null;
  const candidates = exact.length > LONG_QUOTE ? longQuoteCandidates(text, exact, within, budget) : searchIn(text, exact, within, budget);
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = rank(text, anchor, candidate);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best && { start: best.start, end: best.end };
}

function searchIn(text: string, pattern: string, within: TextSpan, budget: number): Candidate[] {
  return search(text.slice(within.start, within.end), pattern, budget).map((m) => ({
    start: m.start + within.start,
    end: m.end + within.start,
    errors: m.errors,
  }));
}

function longQuoteCandidates(text: string, exact: string, within: TextSpan, budget: number): Candidate[] {
  const heads = searchIn(text, exact.slice(0, EDGE), within, errorBudget(EDGE));
  const tails = searchIn(text, exact.slice(-EDGE), within, errorBudget(EDGE));
  const found: Candidate[] = [];
  let pairs = 0;
  for (const head of heads) {
    for (const tail of tails) {
      const length = tail.end - head.start;
      if (tail.start < head.start || Math.abs(length - exact.length) > budget) continue;
      if (++pairs > MAX_PAIRS) return found;
      found.push(...searchIn(text, exact, { start: head.start, end: tail.end }, budget));
    }
  }
  return found;
}

function rank(text: string, anchor: Anchor, candidate: Candidate): number {
  const { exact, prefix, suffix } = anchor.quote;
  const quoteScore = 1 - candidate.errors / exact.length;
  const before = text.slice(Math.max(0, candidate.start - prefix.length - 4), candidate.start);
  const after = text.slice(candidate.end, candidate.end + suffix.length + 4);
  const distance = Math.abs(candidate.start - anchor.position.start) / Math.max(1, text.length);
  return 50 * quoteScore + 20 * similarity(before, prefix) + 20 * similarity(after, suffix) + 2 * (1 - distance);
}

/** How closely `context` contains `expected`, 0…1 (1 when nothing was saved). */
function similarity(context: string, expected: string): number {
  if (!expected) return 1;
  const matches = search(context, expected, Math.floor(expected.length / 2));
  if (matches.length === 0) return 0;
  return 1 - Math.min(...matches.map((m) => m.errors)) / expected.length;
}
