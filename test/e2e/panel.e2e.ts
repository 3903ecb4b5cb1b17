import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHtmlFile, parseHtml } from '../../scripts/lib/load-html';
import { analyzePage } from '../../utils/analyze';
import { storedHostsInPage } from '../journeys/journeys';
import {
  FIXTURES_DIR,
  govukPage,
  launchWithExtension,
  openExtensionPage,
  panelPresent,
  serveFixtures,
  tabIdOf,
  treeItemTexts,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const DEMO = 'demo/wentop-speech.html';
const CHINESE_THREE_LEVELS = 'corpus/shaoxingyizhong/item-13096.html';
const FLAT_TRANSCRIPT = 'corpus/whitehouse-speech-dl/remarks-vice-president-pence-wilson-center.html';
const GOVUK_ITEM = 'corpus/govuk-publishing-api/speech--speech';
const NOT_SPEECHES = ['corpus/shaoxingyizhong/item-19954.html', 'corpus/gne/sxmu-jianchafa-law.html', 'corpus/readability/wikipedia.html'];
const HOSTILE_CSS = `<style>
  * { all: unset !important; font-size: 40px !important; color: red !important; letter-spacing: 4px !important; }
  lectern-panel { display: none !important; opacity: 0 !important; }
  html { font-size: 30px !important; }
</style>`;

/** The outline the analyser computes for the same HTML, in Node. */
async function nodeOutline(html: string, url: string): Promise<string[]> {
  const page = parseHtml(html, url);
  try {
    return analyzePage(page.document, url, { force: true })?.outline.map((item) => item.text) ?? [];
  } finally {
    await page.close();
  }
}

/** The article body of a saved school-site speech page, as HTML. */
async function speechBody(path: string): Promise<string> {
  const page = await loadHtmlFile(join(FIXTURES_DIR, path));
  try {
    const title = page.document.querySelector('h2.title')?.textContent ?? '';
    return `<h2>${title}</h2>${page.document.querySelector('.conTxt')?.innerHTML ?? ''}`;
  } finally {
    await page.close();
  }
}

/** A single-page app that swaps between two speeches with history.pushState. */
function spaPage(first: string, second: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>讲话稿</title></head><body>
<nav><a href="#" id="one">讲话一</a> <a href="#" id="two">讲话二</a></nav><main id="app"></main>
<template id="s1">${first}</template><template id="s2">${second}</template>
<script>
function render(n) { document.getElementById('app').replaceChildren(document.getElementById('s' + n).content.cloneNode(true)); }
window.showSpeech = function (n) { history.pushState({ n: n }, '', '?speech=' + n); render(n); };
window.addEventListener('popstate', function (e) { render((e.state && e.state.n) || 1); });
render(1);
</script></body></html>`;
}

describe('the reading panel in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let govukHtml: string;
  let demoHtml: string;

  beforeAll(async () => {
    const item = JSON.parse(await readFile(join(FIXTURES_DIR, `${GOVUK_ITEM}.json`), 'utf8')) as { title: string; description?: string };
    govukHtml = govukPage(item, await readFile(join(FIXTURES_DIR, `${GOVUK_ITEM}.body.html`), 'utf8'));
    demoHtml = await readFile(join(FIXTURES_DIR, DEMO), 'utf8');
    server = await serveFixtures({
      'spa/index.html': spaPage(await speechBody(CHINESE_THREE_LEVELS), await speechBody('corpus/shaoxingyizhong/item-8981.html')),
      'govuk/speech.html': govukHtml,
      'hostile/demo.html': demoHtml.replace('</head>', `${HOSTILE_CSS}</head>`),
    });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['the demo page', DEMO],
    ['a Chinese speech with three levels', CHINESE_THREE_LEVELS],
    ['a flat English transcript (empty outline)', FLAT_TRANSCRIPT],
    ['a GOV.UK speech with h2 sections', 'govuk/speech.html'],
  ])('shows the analyser’s outline on %s', async (_label, path) => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url(path));
      expect(await panelPresent(page)).toBe(true);
      const html = path === 'govuk/speech.html' ? govukHtml : await readFile(join(FIXTURES_DIR, path), 'utf8');
      const expected = await nodeOutline(html, server.url(path));
      if (path !== FLAT_TRANSCRIPT) expect(expected.length).toBeGreaterThan(2);
      await expect.poll(() => treeItemTexts(page)).toEqual(expected);
      console.log(`${path}: ${expected.length} outline items in the panel`);
      // Without an outline, the panel opens on the transcript's speakers.
      const selected = page.locator('lectern-panel [role="tab"][aria-selected="true"]');
      if (path === FLAT_TRANSCRIPT) await expect.poll(() => selected.allTextContents()).toEqual(['发言']);
    } finally {
      await page.close();
    }
  });

  it('jumps to a heading, marks the section being read, and collapses to a tab', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url(CHINESE_THREE_LEVELS));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      const items = page.locator('lectern-panel [role="treeitem"] .outline-text');
      const target = items.filter({ hasText: '二、如何用科学的视角' });
      await target.click();
      const headingTop = () =>
        page.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.textContent?.includes('二、如何用科学的视角')) return node.parentElement!.getBoundingClientRect().top;
          }
          return null;
        });
      await expect.poll(headingTop, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
      await expect.poll(headingTop, { timeout: 5_000 }).toBeLessThanOrEqual(150);
      await expect
        .poll(() => page.locator('lectern-panel [aria-current="location"] .outline-text').first().textContent())
        .toContain('二、如何用科学的视角');

      // Scrolling by hand to a later section moves the mark there.
      await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent?.startsWith('三、')) {
            window.scrollTo({ top: node.parentElement!.getBoundingClientRect().top + window.scrollY - 40, behavior: 'instant' });
            return;
          }
        }
      });
      await expect.poll(() => page.locator('lectern-panel [aria-current="location"] .outline-text').first().textContent()).toMatch(/^三、/);

      await page.locator('lectern-panel .panel-collapse').click();
      await expect.poll(() => page.locator('lectern-panel [role="tree"]').count()).toBe(0);
      await page.locator('lectern-panel .lectern-tab').click();
      await expect.poll(() => page.locator('lectern-panel [role="tree"]').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('finishes a jump that a page script cut short', async () => {
    const page = await browser.context.newPage();
    const topOf = (start: string) =>
      page.evaluate((text) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent?.trim().startsWith(text)) return node.parentElement!.getBoundingClientRect().top;
        }
        return null;
      }, start);
    try {
      await page.goto(server.url(CHINESE_THREE_LEVELS));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      const target = '三、';
      const item = page.locator('lectern-panel [role="treeitem"] .outline-text').filter({ hasText: /^三、/ });
      // A page script interrupts the smooth scroll a little way down (as a page that
      // relays out or locks its overflow would): the jump still ends at the heading.
      await item.click();
      await page.evaluate(() => window.scrollTo({ top: window.scrollY + 40, behavior: 'instant' }));
      await expect.poll(() => topOf(target), { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
      await expect.poll(() => topOf(target), { timeout: 5_000 }).toBeLessThanOrEqual(150);

    } finally {
      await page.close();
    }
  });

  it('stays off non-speech pages until the popup’s “show outline anyway”', async () => {
    for (const path of NOT_SPEECHES) {
      const page = await browser.context.newPage();
      try {
        await page.goto(server.url(path));
        expect(await panelPresent(page, 1_500), path).toBe(false);
        if (path !== NOT_SPEECHES[0]) continue;
        const popup = await openExtensionPage(browser, `popup.html?tabId=${await tabIdOf(browser, server.url(path))}`);
        await popup.getByRole('button', { name: /仍然显示提纲|Show outline anyway/ }).click();
        expect(await panelPresent(page, 5_000)).toBe(true);
        await popup.close();
      } finally {
        await page.close();
      }
    }
  });

  it('popup: counts and truncation, hide/show, and “never on this site”', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url(DEMO));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      const tabId = await tabIdOf(browser, server.url(DEMO));
      const popup = await openExtensionPage(browser, `popup.html?tabId=${tabId}`);
      await popup.getByText('已显示 3491 / 7830 字').waitFor();
      await popup.getByRole('button', { name: '收起面板' }).click();
      await expect.poll(() => page.locator('lectern-panel .lectern-tab').count()).toBe(1);
      await popup.getByRole('button', { name: '显示面板' }).click();
      await expect.poll(() => page.locator('lectern-panel [role="tree"]').count()).toBe(1);

      await popup.getByRole('checkbox', { name: '在 127.0.0.1 上永不运行' }).check();
      await expect.poll(() => popup.evaluate(storedHostsInPage, 'disabledHosts')).toEqual(['127.0.0.1']);
      await popup.close();
      await page.reload();
      expect(await panelPresent(page, 1_500)).toBe(false);
      const again = await openExtensionPage(browser, `popup.html?tabId=${tabId}`);
      await again.getByText('已在此网站关闭讲稿伴读。').waitFor();
      await again.getByRole('checkbox', { name: '在 127.0.0.1 上永不运行' }).uncheck();
      await expect.poll(() => again.evaluate(storedHostsInPage, 'disabledHosts')).toEqual([]);
      await again.close();
      await page.reload();
      expect(await panelPresent(page)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('follows SPA navigation between two speeches with one panel', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url('spa/index.html'));
      const firstItem = async () => (await treeItemTexts(page))[0] ?? '';
      await expect.poll(firstItem).toBe('一、近一年的工作情况');
      await page.evaluate(() => (window as unknown as { showSpeech(n: number): void }).showSpeech(2));
      await expect.poll(firstItem, { timeout: 5_000 }).toMatch(/^一、深入学习贯彻习近平总书记对浙江工作的重要指示/);
      await page.goBack();
      await expect.poll(firstItem, { timeout: 5_000 }).toBe('一、近一年的工作情况');
      expect(await page.locator('lectern-panel').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('clears the demo page’s clutter, including the late login modal, and restores it from the panel', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url(DEMO));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      const shown = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).display !== 'none');
      // The modal appears 800 ms after load and locks scrolling; the bounded watch catches it.
      await expect.poll(() => page.locator('.login-modal[data-lectern-hidden]').count(), { timeout: 5_000 }).toBe(1);
      expect(await shown('.login-modal')).toBe(false);
      expect(await shown('.fixed-download-bar')).toBe(false);
      expect(await shown('#ad_top')).toBe(false);
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe('hidden');
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflowY)).not.toBe('hidden');
      const panelText = page.locator('lectern-panel .clean-controls');
      await expect.poll(() => panelText.textContent()).toContain('已展开页面中折叠的内容');
      // Every delivered paragraph is visible.
      const clipped = await page.locator('#content > p').evaluateAll((ps) => ps.filter((p) => p.getBoundingClientRect().height === 0).length);
      expect(clipped).toBe(0);

      await page.locator('lectern-panel').getByRole('button', { name: /显示已隐藏/ }).click();
      expect(await shown('.login-modal')).toBe(true);
      expect(await shown('#ad_top')).toBe(true);
      await page.locator('lectern-panel').getByRole('button', { name: '重新隐藏' }).click();
      expect(await shown('#ad_top')).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('is not restyled by page CSS with !important rules on lectern-panel and *', async () => {
    const styleOf = (path: string) =>
      browser.context.newPage().then(async (page) => {
        await page.goto(server.url(path));
        await page.waitForSelector('lectern-panel [role="treeitem"]');
        const styles = await page.evaluate(() => {
          const host = document.querySelector('lectern-panel')!;
          const pick = (el: Element) => {
            const s = getComputedStyle(el);
            return [s.display, s.fontSize, s.color, s.letterSpacing, s.width, s.position, s.opacity].join('|');
          };
          const panel = host.shadowRoot!.querySelector('.lectern-panel')!;
          const item = host.shadowRoot!.querySelector('[role="treeitem"] .outline-text')!;
          return { host: getComputedStyle(host).display, panel: pick(panel), item: pick(item), rect: panel.getBoundingClientRect().width };
        });
        await page.close();
        return styles;
      });
    const plain = await styleOf(DEMO);
    const attacked = await styleOf('hostile/demo.html');
    expect(attacked).toEqual(plain);
    expect(plain.host).toBe('block');
  });
});
