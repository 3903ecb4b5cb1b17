import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizePageUrl, safeHref } from '../../../utils/excerpts/url';

describe('page URLs', () => {
  it.each([
    ['https://a.cn/x.html?utm_source=wx&id=3#top', 'https://a.cn/x.html?id=3'],
    ['https://a.cn/x.html?spm=1.2&fbclid=z', 'https://a.cn/x.html'],
    ['not a url', 'not a url'],
  ])('normalises %s', (raw, expected) => expect(normalizePageUrl(raw)).toBe(expected));

  describe('as in a Firefox content script', () => {
    // There the iterators of URLSearchParams come through Xray wrappers: next() works, but
    // they have no Symbol.iterator, so spreading or for…of over them throws (Mozilla bug 1023984).
    afterEach(() => vi.restoreAllMocks());

    it('normalises without iterating an iterator of URLSearchParams', () => {
      const proto = URLSearchParams.prototype;
      for (const name of ['keys', 'values', 'entries'] as const) {
        const original = proto[name] as (this: URLSearchParams) => Iterator<unknown>;
        vi.spyOn(proto, name).mockImplementation(function (this: URLSearchParams) {
          const iterator = original.call(this);
          return { next: () => iterator.next() } as never;
        });
      }
      expect(() => [...new URL('https://a.cn/?a=1').searchParams.keys()]).toThrow(TypeError);
      expect(normalizePageUrl('https://a.cn/x.html?utm_source=wx&id=3&spm=2#top')).toBe('https://a.cn/x.html?id=3');
    });
  });

  it('links only http(s) sources', () => {
    expect(safeHref('https://a.cn/x')).toBe('https://a.cn/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
  });
});
