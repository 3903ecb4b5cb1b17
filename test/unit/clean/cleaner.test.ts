import { afterEach, describe, expect, it } from 'vitest';
import { createCleaner, type Cleaner } from '../../../utils/clean/index';
import type { SiteRule } from '../../../utils/clean/types';
import { mount, must } from './dom';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// Layout-free page: in happy-dom only the DOM-based parts decide (site rules, ad
// slots, read-more bars); the geometric heuristics are covered by their pure tables and the E2E.
const PAGE = `
  <div class="topbar">登录 注册</div>
  <div id="ad_top" class="ad-slot">广告</div>
  <div class="article">
    <div class="body"><div id="content"><p>同志们:</p><p>正文。</p><p class="omit">……此处省略1164字……</p></div>
    <div class="read-more-mask"><span>展开全文</span></div></div>
    <div class="preview-end">预览结束,全文7830字</div>
    <div class="download-box"><a>下载全文</a></div>
  </div>
  <div class="side"><div class="gg_box">广告</div><div class="floatqr">扫码</div></div>`;

const RULES: SiteRule[] = [
  {
    hosts: ['example.cn'],
    hideOverlays: ['.floatqr', '.late-pop'],
    removeClasses: [{ selector: 'body', classes: ['articleMaxH'] }],
    source: 'test',
  },
];

let cleaner: Cleaner | undefined;
afterEach(() => cleaner?.destroy());

function start(host?: string): Cleaner {
  mount(PAGE);
  document.body.className = 'articleMaxH';
  cleaner = createCleaner(document, window, must(document, '#content'), { host, rules: RULES });
  return cleaner;
}

const hidden = () => Array.from(document.querySelectorAll('[data-lectern-hidden]')).map((e) => e.id || e.className);

describe('createCleaner', () => {
  it('cleans, counts by category, and reports what was revealed', () => {
    const report = start('www.example.cn').clean();
    expect(hidden()).toEqual(['ad_top', 'read-more-mask', 'download-box', 'gg_box', 'floatqr']);
    expect(report).toEqual({
      active: true,
      counts: { ad: 2, overlay: 2, 'scroll-lock': 0, clamp: 2 },
      total: 6,
      unclampedText: true, // the site's clamp class came off <body>
    });
    expect(document.body.classList.contains('articleMaxH')).toBe(false);
    expect(getComputedStyle(must(document, '.preview-end')).display).not.toBe('none');
  });

  it('uses no site rule without a matching host', () => {
    const report = start('other.com').clean();
    expect(report.counts.overlay).toBe(1); // the download box only
    expect(document.body.classList.contains('articleMaxH')).toBe(true);
  });

  it('restores exactly and hides again', () => {
    const c = start('example.cn');
    const before = document.body.innerHTML;
    const first = c.clean();
    c.restore();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.getAttribute('class')).toBe('articleMaxH');
    expect(c.report()).toMatchObject({ active: false, total: first.total });
    const again = c.reapply();
    expect(again).toEqual(first);
    expect(hidden()).toHaveLength(5);
  });

  it('is idempotent: clean() twice changes nothing more', () => {
    const c = start('example.cn');
    const first = c.clean();
    expect(c.clean()).toEqual(first);
    expect(c.decisions()).toHaveLength(first.total);
  });

  it('catches an overlay added later while watching, and not after restore()', async () => {
    const c = start('example.cn');
    c.clean();
    c.watchLateOverlays(2_000);
    const pop = document.createElement('div');
    pop.className = 'late-pop';
    document.body.append(pop);
    await sleep(700);
    expect(pop.getAttribute('data-lectern-hidden')).toBe('overlay');
    expect(c.report().counts.overlay).toBe(3);

    c.restore();
    const second = document.createElement('div');
    second.className = 'late-pop';
    document.body.append(second);
    await sleep(700);
    expect(second.hasAttribute('data-lectern-hidden')).toBe(false);
  });

  it('destroy() restores the page', () => {
    const c = start('example.cn');
    c.clean();
    c.destroy();
    expect(document.querySelectorAll('[data-lectern-hidden]')).toHaveLength(0);
    expect(document.body.getAttribute('class')).toBe('articleMaxH');
  });
});
