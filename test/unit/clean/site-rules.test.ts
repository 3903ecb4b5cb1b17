import { describe, expect, it } from 'vitest';
import { plan } from '../../../utils/clean/plan';
import { hostMatches, rulesForHost, SITE_RULES } from '../../../utils/clean/site-rules';
import type { Decision } from '../../../utils/clean/types';
import { must, parseFixture, parseHtml } from './dom';

const tested = new Set<string>();

/** Plans on the page and returns the site-rule decisions, as "category action selector". */
function siteDecisions(doc: Document, rootSelector: string, host: string): Decision[] {
  for (const rule of rulesForHost(host)) tested.add(rule.hosts[0] ?? '');
  return plan({ doc, win: window, root: must(doc, rootSelector), host }).filter((d) => d.source.startsWith('site:'));
}

const describeAll = (decisions: Decision[]) =>
  [...new Set(decisions.map((d) => `${d.category} ${d.action.kind} ${d.source.split(' ').slice(1).join(' ')}`))].sort();

function paragraphsUntouched(doc: Document, rootSelector: string, decisions: Decision[]): void {
  const root = must(doc, rootSelector);
  for (const d of decisions) {
    if (d.action.kind !== 'hide') continue;
    expect(d.element.contains(root)).toBe(false);
    expect(root.contains(d.element) && d.element.querySelector('p')).toBeFalsy();
  }
}

describe('host matching', () => {
  it('matches the host and its subdomains only', () => {
    expect(hostMatches('www.360doc.com', '360doc.com')).toBe(true);
    expect(hostMatches('360doc.com', '360doc.com')).toBe(true);
    expect(hostMatches('not360doc.com', '360doc.com')).toBe(false);
    expect(rulesForHost('news.qq.com').map((r) => r.hosts[0])).toEqual(['qq.com']);
    expect(rulesForHost('3g.163.com').map((r) => r.hosts[0])).toEqual(['163.com', '3g.163.com']);
  });

  it('every rule names its source and has at least one selector', () => {
    for (const rule of SITE_RULES) {
      expect(rule.source.length).toBeGreaterThan(3);
      const selectors = [...(rule.hideAds ?? []), ...(rule.hideOverlays ?? []), ...(rule.hideClampMasks ?? []), ...(rule.unclamp ?? []), ...(rule.removeClasses ?? []).map((r) => r.selector)];
      expect(selectors.length).toBeGreaterThan(0);
      for (const selector of selectors) expect(() => document.querySelector(selector)).not.toThrow();
    }
  });
});

describe('site rules on saved pages of their sites', () => {
  it('qq.com (readability/qq.html): ad slots and the QQ browser nag', () => {
    const doc = parseFixture('readability/qq.html');
    const decisions = siteDecisions(doc, '#Cnt-Main-Article-QQ', 'tech.qq.com');
    expect(describeAll(decisions)).toEqual(['ad hide .ad-foot', 'ad hide .body-Top-Ad', 'ad hide .l_qq_com', 'overlay hide #coo_qqBrowser']);
    paragraphsUntouched(doc, '#Cnt-Main-Article-QQ', decisions);
  });

  it('sina.com.cn (gne/sina-news-1.html): sinaads slots, top banner, app link', () => {
    const doc = parseFixture('gne/sina-news-1.html');
    const decisions = siteDecisions(doc, '#article', 'news.sina.com.cn');
    expect(describeAll(decisions)).toEqual(['ad hide .sinaads', 'ad hide .top-banner', 'overlay hide .tab_related_app_imglink']);
    paragraphsUntouched(doc, '#article', decisions);
  });

  it('163.com (gne/163-lianfang-liankong.html): gg300 boxes and the comment ad bar', () => {
    const doc = parseFixture('gne/163-lianfang-liankong.html');
    const decisions = siteDecisions(doc, '#endText', 'news.163.com');
    expect(describeAll(decisions)).toEqual(['ad hide .tie-ad-bar', 'ad hide div[class^="gg"]']);
    paragraphsUntouched(doc, '#endText', decisions);
  });

  it('ifeng.com (gne/ifeng-1.html): the top ad', () => {
    const doc = parseFixture('gne/ifeng-1.html');
    const decisions = siteDecisions(doc, 'body', 'news.ifeng.com');
    expect(describeAll(decisions)).toEqual(['ad hide div[class^="topAd-"]']);
  });

  it('pixnet.net (readability/pixnet.html): the idle popup once the site renders its template', () => {
    const doc = parseFixture('readability/pixnet.html');
    expect(siteDecisions(doc, '#article-content-inner', 'stevenhgm.pixnet.net')).toEqual([]); // not rendered yet
    const decode = doc.createElement('textarea');
    decode.innerHTML = must(doc, '#idleTemplate').textContent ?? '';
    const holder = doc.createElement('div');
    holder.innerHTML = decode.value;
    doc.body.append(must(holder, '.idle-pop'));
    const decisions = siteDecisions(doc, '#article-content-inner', 'stevenhgm.pixnet.net');
    expect(describeAll(decisions)).toEqual(['overlay hide .modal.idle-pop']);
  });

  it('sputniknews.com (scrapinghub-aeb/1f765c487806.html): the registration and login windows', () => {
    const doc = parseFixture('scrapinghub-aeb/1f765c487806.html');
    const decisions = siteDecisions(doc, '.b-article__text', 'sputniknews.com');
    expect(describeAll(decisions)).toEqual(['overlay hide .modal-window']);
    expect(decisions.some((d) => d.element.matches('.window-register'))).toBe(true);
    paragraphsUntouched(doc, '.b-article__text', decisions);
  });

  it('wsj.com (scrapinghub-aeb/042bb7b5feda.html): the "To Read the Full Story" bar and ad slots, not the snippet', () => {
    const doc = parseFixture('scrapinghub-aeb/042bb7b5feda.html');
    const decisions = siteDecisions(doc, '.wsj-snippet-body', 'www.wsj.com');
    // The .wsj-responsive-ad-wrap slots sit inside boxes hidden already (nested hides are not counted twice).
    expect(describeAll(decisions)).toEqual(['ad hide #cx-snippetad', 'ad hide .snippet-right-ad', 'overlay hide .wsj-snippet-login']);
    paragraphsUntouched(doc, '.wsj-snippet-body', decisions);
  });

  it('baijiahao.baidu.com (gne/baijiahao-1.html): nothing folded in this desktop page, nothing hidden by the rule', () => {
    const doc = parseFixture('gne/baijiahao-1.html');
    expect(siteDecisions(doc, 'body', 'baijiahao.baidu.com')).toEqual([]);
  });
});

/** Tiny pages built from the facts in shared/corpus/INDEX.md (we have no saved page of these sites). */
function synthetic(body: string): Document {
  return parseHtml(`<!doctype html><html><body>${body}</body></html>`);
}

describe('site rules on synthetic pages (no saved page of the site; DOM built from INDEX.md facts)', () => {
  it('wenku.baidu.com (synthetic): bottom ads, VIP/cashier upsell and dialogs', () => {
    const doc = synthetic(`
      <div class="side"><div class="reader-to-cashier-vip"><div class="rights-wrap">开通VIP</div></div></div>
      <div class="reader-wrap"><div id="content"><p>同志们：</p><p>正文</p></div></div>
      <div id="ggbtm-ads">广告</div><div class="commerce-flow">推广</div>
      <div class="tiger-buy-dialog">购买</div>`);
    expect(describeAll(siteDecisions(doc, '#content', 'wenku.baidu.com'))).toEqual([
      'ad hide #ggbtm-ads',
      'ad hide .commerce-flow',
      'overlay hide .reader-to-cashier-vip > .rights-wrap',
      'overlay hide div[class*="tiger-"][class*="-dialog"]',
    ]);
  });

  it('wk.baidu.com (synthetic): mobile viewer clamp .reader-copy and blur mask', () => {
    const doc = synthetic(`<div class="reader-copy"><div id="content"><p>正文</p></div></div><div class="blur-bg"></div><div id="bottomFixed">下载APP</div>`);
    expect(describeAll(siteDecisions(doc, '#content', 'wk.baidu.com'))).toEqual(['clamp hide .blur-bg', 'clamp unclamp .reader-copy', 'overlay hide #bottomFixed']);
  });

  it('360doc.com (synthetic): ads, the QR float, and the articleMaxH class on <body>', () => {
    const doc = synthetic(`<div id="arttopbdad">广告</div><div id="articlecontent"><p>正文</p></div><div class="floatqrcode">扫码</div>`);
    doc.body.className = 'articleMaxH other';
    const decisions = siteDecisions(doc, '#articlecontent', 'www.360doc.com');
    expect(describeAll(decisions)).toEqual(['ad hide #arttopbdad', 'clamp remove-class body', 'overlay hide .floatqrcode']);
    expect(decisions.find((d) => d.action.kind === 'remove-class')?.action).toEqual({ kind: 'remove-class', classes: ['articleMaxH'] });
  });

  it('360doc.cn (synthetic): mobile clamp .article and the "show all" bar', () => {
    const doc = synthetic(`<div class="article"><div id="content"><p>正文</p></div></div><div class="article_showall">展开全文</div>`);
    expect(describeAll(siteDecisions(doc, '#content', 'www.360doc.cn'))).toEqual(['clamp hide .article_showall', 'clamp unclamp .article']);
  });

  it('docin.com (synthetic): ad boxes', () => {
    const doc = synthetic(`<div id="docindex_ad"></div><div class="sider_gg"></div><div id="content"><p>正文</p></div>`);
    expect(describeAll(siteDecisions(doc, '#content', 'www.docin.com'))).toEqual(['ad hide #docindex_ad', 'ad hide .sider_gg']);
  });

  it('doc88.com (synthetic): ad boxes', () => {
    const doc = synthetic(`<div class="adpx250"></div><div class="dk-side-gif"></div><div id="content"><p>正文</p></div>`);
    expect(describeAll(siteDecisions(doc, '#content', 'www.doc88.com'))).toEqual(['ad hide .adpx250', 'ad hide .dk-side-gif']);
  });

  it('book118.com (synthetic): the 252×260 side box', () => {
    const doc = synthetic(`<div style="width: 252px;height: 260px;">广告</div><div id="content"><p>正文</p></div>`);
    expect(describeAll(siteDecisions(doc, '#content', 'max.book118.com'))).toEqual(['ad hide div[style*="width: 252px;height: 260px;"]']);
  });

  it('diyifanwen.com (synthetic): in-article slots go, a slot that wraps speech paragraphs stays', () => {
    const doc = synthetic(`<div id="content"><p>正文一</p><div id="Hzh1">广告</div><p>正文二</p><div class="Hzh2"><p>被错误包住的正文</p></div></div>`);
    const decisions = siteDecisions(doc, '#content', 'www.diyifanwen.com');
    expect(decisions.map((d) => d.element.id || d.element.className)).toEqual(['Hzh1']);
  });

  it('91wenmi.com (synthetic): writing-service promos', () => {
    const doc = synthetic(`<div id="xiezuo">代写</div><div id="content"><p>正文</p></div>`);
    expect(describeAll(siteDecisions(doc, '#content', 'www.91wenmi.com'))).toEqual(['ad hide #xiezuo']);
  });

  it.each([
    ['sina.cn', 'k.sina.cn', '<div class="s_card"><div id="content"><p>正文</p></div></div><div class="look_more">展开全文</div>', ['clamp hide .look_more', 'clamp unclamp .s_card']],
    ['3g.163.com', '3g.163.com', '<article><div id="content"><p>正文</p></div></article><div class="show_article">展开全文</div>', ['clamp hide .show_article', 'clamp unclamp article']],
    ['baijiahao.baidu.com', 'baijiahao.baidu.com', '<div id="mainContentContainer"><div id="content"><p>正文</p></div></div><div class="foldMaskWrapper">展开全文</div>', ['clamp hide .foldMaskWrapper', 'clamp unclamp #mainContentContainer']],
    ['sohu.com', 'www.sohu.com', '<div id="mp-editor"><div id="content"><p>正文</p></div></div><div class="lookall-box">展开全文</div>', ['clamp hide .lookall-box', 'clamp unclamp #mp-editor']],
    ['thepaper.cn', 'm.thepaper.cn', '<div class="newsdetail_body"><div id="content"><p>正文</p></div></div><div id="clickForMore">展开全文</div>', ['clamp hide #clickForMore', 'clamp unclamp .newsdetail_body']],
    ['cnr.cn', 'china.cnr.cn', '<div id="perny-main"><div id="content"><p>正文</p></div></div><div id="readmore">阅读全文</div>', ['clamp hide #readmore', 'clamp unclamp #perny-main']],
    ['toutiao.com', 'www.toutiao.com', '<div class="expand-container"><div id="content"><p>正文</p></div></div><div class="expand-button-wrapper">展开全文</div>', ['clamp hide .expand-button-wrapper', 'clamp unclamp .expand-container']],
  ])('%s (synthetic): read-more mask and clamped container', (_site, host, body, expected) => {
    expect(describeAll(siteDecisions(synthetic(body), '#content', host))).toEqual(expected);
  });
});

describe('coverage', () => {
  it('every site rule was exercised above', () => {
    const untested = SITE_RULES.map((rule) => rule.hosts[0]).filter((host) => host && !tested.has(host));
    expect(untested).toEqual([]);
  });
});
