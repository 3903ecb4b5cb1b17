import { describe, expect, it } from 'vitest';
import { normalizePageUrl, safeHref } from '../../../utils/excerpts/url';

describe('page URLs', () => {
  it.each([
    ['https://a.cn/x.html?utm_source=wx&id=3#top', 'https://a.cn/x.html?id=3'],
    ['https://a.cn/x.html?spm=1.2&fbclid=z', 'https://a.cn/x.html'],
    ['not a url', 'not a url'],
  ])('normalises %s', (raw, expected) => expect(normalizePageUrl(raw)).toBe(expected));

  it('links only http(s) sources', () => {
    expect(safeHref('https://a.cn/x')).toBe('https://a.cn/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
  });
});
