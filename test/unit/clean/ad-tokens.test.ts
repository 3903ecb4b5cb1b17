import { describe, expect, it } from 'vitest';
import { isAdFrameUrl, isAdLikeName, nameTokens } from '../../../utils/clean/heuristics/ad-tokens';

describe('ad-like ids and class names (whole tokens)', () => {
  it.each([
    ['ad', true],
    ['ads', true],
    ['ad-slot', true],
    ['ad_top', true],
    ['gg_box', true],
    ['gg300', true],
    ['guanggao', true],
    ['adsbygoogle', true],
    ['banner-ad', true],
    ['AdBox-Article-QQ', true],
    ['TopAds', true],
    ['nAdTop-Article-QQ', true],
    ['AD_L', true],
    ['div-gpt-ad-1475831434056-0', true],
    ['ad728x90', true],
    ['sponsored-recommendations', true],
    ['bbccom_advert', true],
    ['header', false],
    ['shadow', false],
    ['load', false],
    ['download', false],
    ['gradient', false],
    ['badge', false],
    ['address', false],
    ['read-more-mask', false],
    ['no-ad', false],
    ['conducting-ad-hoc-analysis', false],
    ['style--search-submit-36AD7RDgkLzFtv3AeWjhgR', false],
    ['navId-80E6DEE6-87E4-4AD0-9152-14FA6B07E5AB', false],
    ['menu-advertise-with-us', false],
  ])('%s → %s', (name, expected) => {
    expect(isAdLikeName(name)).toBe(expected);
  });

  it('splits on separators, case changes and digits', () => {
    expect(nameTokens('nAdTop-Article_QQ gg300')).toEqual(['n', 'ad', 'top', 'article', 'qq', 'gg', '300']);
  });
});

describe('ad frame hosts', () => {
  it.each([
    ['https://googleads.g.doubleclick.net/pagead/ads?x=1', true],
    ['//pos.baidu.com/s?hei=250', true],
    ['https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html', true],
    ['https://cdn.taboola.com/x', true],
    ['https://example.com/embed?ref=doubleclick.net', false],
    ['https://www.youtube.com/embed/abc', false],
    ['not a url ::', false],
  ])('%s → %s', (src, expected) => {
    expect(isAdFrameUrl(src)).toBe(expected);
  });
});
