import { describe, expect, it } from 'vitest';
import { adFrameBox, adSlotDecisions } from '../../../utils/clean/heuristics/ad-slots';
import { mount, must } from './dom';

const ids = (decisions: { element: Element }[]) => decisions.map((d) => d.element.id || d.element.className);

describe('ad slots outside the speech root', () => {
  it('finds ad-like ids/classes and ad-host frames outside the root, never inside or around it', () => {
    mount(`
      <div id="ad_top">广告</div>
      <div class="wrap gg-wrap-holder-ads" id="page">
        <div class="guanggao">文中广告</div>
        <div id="content"><p>正文</p><div class="ad-inline">文中小广告</div></div>
        <div class="no-ad">not an ad</div>
        <a class="ad-link" href="/advertise">广告合作</a>
      </div>`);
    const root = must(document, '#content');
    expect(ids(adSlotDecisions(document, root))).toEqual(['ad_top', 'guanggao']);
  });

  // (Frame hosts are tested in ad-tokens.test.ts; happy-dom logs every iframe it declines to load.)
  it('hides an ad frame together with the wrappers that hold nothing else', () => {
    mount('<div id="col"><p>侧栏</p><div id="box"><div id="inner"><span id="frame"></span></div></div></div><div id="content"><p>正文</p></div>');
    const root = must(document, '#content');
    expect(adFrameBox(must(document, '#frame'), root).id).toBe('box');
  });

  it('skips containers with a lot of text, whatever their class says', () => {
    mount(`<div class="with-ads">${'长文本'.repeat(800)}</div><div id="content"><p>正文</p></div>`);
    expect(adSlotDecisions(document, must(document, '#content'))).toEqual([]);
  });

  it('looks only at the given candidates when asked (late mutations)', () => {
    mount('<div id="ad_1">a</div><div id="ad_2">b</div><div id="content"><p>正文</p></div>');
    const decisions = adSlotDecisions(document, must(document, '#content'), [must(document, '#ad_2')]);
    expect(ids(decisions)).toEqual(['ad_2']);
    expect(decisions[0]).toMatchObject({ category: 'ad', action: { kind: 'hide' }, source: 'heuristic:ad-slot' });
  });
});
