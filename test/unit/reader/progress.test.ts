import { describe, expect, it } from 'vitest';
import { readingProgress } from '../../../utils/reader/progress';
import { lastAtOrAbove } from '../../../utils/reader/scroll-spy';

describe('reading progress', () => {
  const base = { rootTop: 100, rootHeight: 1000, viewportHeight: 500, textLength: 4000, lang: 'zh' as const };
  it('is 0–100% of the speech body read, with minutes left at 400 字/min', () => {
    expect(readingProgress({ ...base, scrollY: 0 })).toEqual({ percent: 40, minutesLeft: 6 });
    expect(readingProgress({ ...base, scrollY: 600 })).toEqual({ percent: 100, minutesLeft: 0 });
  });
  it('uses 230 words/min for English', () => {
    expect(readingProgress({ ...base, lang: 'en', textLength: 2300, scrollY: -400 }).minutesLeft).toBe(10);
  });
});

describe('lastAtOrAbove', () => {
  it.each([
    [[], 10, null],
    [[100, 200, 300], 50, null],
    [[100, 200, 300], 100, 0],
    [[100, 200, 300], 250, 1],
    [[100, 200, 300], 9999, 2],
  ])('%j at %d → %s', (tops, limit, expected) => expect(lastAtOrAbove(tops, limit)).toBe(expected));
});
