// Word search without regular expressions, for stage 1 of detection.
//
// Stage 1 runs in a fresh content-script world on every page, where each regular expression
// is compiled the first time it runs: about a quarter of a millisecond apiece in Chromium, so
// forty patterns cost several times the whole budget before they read a character.
// String.prototype.indexOf needs no compilation; the checks around a hit are a few char codes.

export interface Hits {
  count: number;
  /** The first match as found, for the report of a detection's evidence. */
  first?: string;
}

/**
 * Decides whether the word found at [at, end) is a match, and where the match ends; -1 when
 * it is not one. Lets a cue say "followed by a colon" or "not inside a longer word".
 */
export type Accept = (text: string, at: number, end: number) => number;

const NONE: Hits = { count: 0 };

/** Counts non-overlapping occurrences of each word (optionally checked by `accept`). */
export function scan(text: string, words: readonly string[], accept?: Accept): Hits {
  let count = 0;
  let first: string | undefined;
  let firstAt = Infinity;
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const end = accept ? accept(text, at, at + word.length) : at + word.length;
      if (end < 0) continue;
      count++;
      if (at < firstAt) {
        firstAt = at;
        first = text.slice(at, end);
      }
    }
  }
  return count ? { count, first } : NONE;
}

/** Several scans counted as one cue; the first match of the first scan that found one. */
export function merge(...all: Hits[]): Hits {
  let count = 0;
  let first: string | undefined;
  for (const hits of all) {
    count += hits.count;
    first ??= hits.first;
  }
  return count ? { count, first } : NONE;
}

/** The earliest occurrence of any of the words, or undefined. */
export const findAny = (text: string, words: readonly string[], accept?: Accept): string | undefined => scan(text, words, accept).first;

export const hasAny = (text: string, words: readonly string[], accept?: Accept): boolean => findAny(text, words, accept) !== undefined;

/** Both checks must pass; the second starts where the first ended. */
export function both(a: Accept, b: Accept): Accept {
  return (text, at, end) => {
    const mid = a(text, at, end);
    return mid < 0 ? -1 : b(text, at, mid);
  };
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

const letterAt = (text: string, i: number) => i >= 0 && i < text.length && isLetter(text.charCodeAt(i));

/** A whole word (or phrase): no letter touches it on either side. */
export const wholeWord: Accept = (text, at, end) => (letterAt(text, at - 1) || letterAt(text, end) ? -1 : end);

/** A word start: no letter before it ("unser" in "unsere"). */
export const wordStart: Accept = (text, at, end) => (letterAt(text, at - 1) ? -1 : end);

/** Followed, at once or after up to `gap` characters not in `stop`, by one of `tails`. */
export function followedBy(tails: readonly string[], gap = 0, stop = ''): Accept {
  return (text, _at, end) => {
    const limit = Math.min(text.length, end + gap);
    for (let i = end; i <= limit; i++) {
      for (const tail of tails) if (text.startsWith(tail, i)) return i + tail.length;
      if (i < text.length && stop.includes(text.charAt(i))) return -1;
    }
    return -1;
  };
}

/** Not preceded by any of these characters ("作报告" but not inside "工作报告"). */
export function notAfter(chars: string): Accept {
  return (text, at, end) => (at > 0 && chars.includes(text.charAt(at - 1)) ? -1 : end);
}

/** `mark` occurs within `window` characters before the word. */
export function markWithin(mark: string, window: number): Accept {
  return (text, at, end) => {
    const k = text.lastIndexOf(mark, at - 1);
    return k >= 0 && at - k <= window ? end : -1;
  };
}

/**
 * A word, or a group of heads each followed at once by one of its tails. A group costs one
 * search per head, not one per phrase: "i want to " is found once and its tails are checked
 * at each hit, where forty whole phrases would each scan the text for their common "i".
 */
export type Cue = string | readonly [heads: readonly string[], tails: readonly string[]];

export function scanCues(text: string, cues: readonly Cue[], accept?: Accept): Hits {
  const words: string[] = [];
  const found: Hits[] = [];
  for (const cue of cues) {
    if (typeof cue === 'string') words.push(cue);
    else {
      const tails = followedBy(cue[1]);
      found.push(scan(text, cue[0], accept ? both(tails, accept) : tails));
    }
  }
  return merge(...found, scan(text, words, accept));
}

/** Every combination head + tail: ["let me "] × ["begin", "start"] → "let me begin", "let me start". */
export function phrases(heads: readonly string[], tails: readonly string[]): string[] {
  const out: string[] = [];
  for (const head of heads) for (const tail of tails) out.push(head + tail);
  return out;
}
