// Clean reading in real Chromium, without the extension wiring: utils/clean is
// bundled into an IIFE (window.__lecternCleanTest) and injected into fixture pages.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FIXTURES_DIR, ROOT, serveFixtures, type FixtureServer } from './harness';
import type { CleanReport } from '../../utils/clean/index';

type CleanApi = typeof import('../../utils/clean/index');
type Cleaner = ReturnType<CleanApi['createCleaner']>;
type TestWindow = Window & { __lecternCleanTest: CleanApi; __cleaner: Cleaner };

const DEMO = 'demo/wentop-speech.html';
const MARKED = '[data-lectern-hidden],[data-lectern-unclamp],[data-lectern-unlock]';

let server: FixtureServer;
let browser: Browser;
let context: BrowserContext;
let bundle: string;

async function bundleCleaner(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import * as api from './utils/clean/index.ts'; window.__lecternCleanTest = api;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  [server, bundle] = await Promise.all([serveFixtures(), bundleCleaner()]);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  // Fixture pages reference their sites' CDNs: only our own server answers.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  await page.addScriptTag({ content: bundle });
  return page;
}

async function createCleaner(page: Page, rootSelector: string, host?: string): Promise<void> {
  await page.evaluate(
    ({ rootSelector, host }) => {
      const w = window as unknown as TestWindow;
      const root = document.querySelector(rootSelector);
      if (!root) throw new Error(`no root ${rootSelector}`);
      w.__cleaner = w.__lecternCleanTest.createCleaner(document, window, root, { host });
    },
    { rootSelector, host },
  );
}

const call = (page: Page, method: 'clean' | 'reapply' | 'report'): Promise<CleanReport> =>
  page.evaluate((m) => (window as unknown as TestWindow).__cleaner[m](), method);
const restore = (page: Page): Promise<void> => page.evaluate(() => (window as unknown as TestWindow).__cleaner.restore());

async function isHidden(page: Page, selector: string): Promise<boolean> {
  return page.$$eval(selector, (elements) => elements.length > 0 && elements.every((e) => !e.checkVisibility()));
}

/** Computed style, class, style and attribute names of every element, in document order. */
async function snapshot(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).map((element) => {
      const s = getComputedStyle(element);
      return [
        element.tagName,
        s.display,
        s.visibility,
        s.overflowX,
        s.overflowY,
        s.maxHeight,
        s.position,
        s.getPropertyValue('mask-image'),
        element.getAttribute('class'),
        element.getAttribute('style'),
        element.getAttributeNames().join(','),
      ].join('|');
    }),
  );
}

/** Text of the visible speech blocks under the root (the article text the reader sees). */
async function visibleBlocks(page: Page, rootSelector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      Array.from(document.querySelector(selector)?.querySelectorAll('p,h1,h2,h3,h4,h5,h6,li,blockquote') ?? [])
        .filter((block) => (block as HTMLElement).offsetHeight > 0 && getComputedStyle(block).visibility !== 'hidden')
        .map((block) => (block.textContent ?? '').trim()),
    rootSelector,
  );
}

/** Every `#content > p`: non-zero height, not clipped by an ancestor, topmost at its centre. */
async function paragraphProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const paragraphs = Array.from(document.querySelectorAll('#content > p'));
    paragraphs.forEach((p, index) => {
      p.scrollIntoView({ block: 'center' });
      const rect = p.getBoundingClientRect();
      if (rect.height === 0) problems.push(`p${index}: zero height`);
      for (let a = p.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowY !== 'visible' && rect.bottom > a.getBoundingClientRect().bottom + 1) problems.push(`p${index}: clipped by ${a.className}`);
      }
      const y = (Math.max(rect.top, 0) + Math.min(rect.bottom, innerHeight)) / 2;
      const hit = document.elementFromPoint(rect.left + rect.width / 2, y);
      if (!hit || !p.contains(hit)) problems.push(`p${index}: covered by ${hit?.tagName}.${hit?.className}`);
    });
    return problems;
  });
}

async function userCanScroll(page: Page): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, 800);
  await page.waitForTimeout(150);
  return page.evaluate(() => window.scrollY > 0);
}

const DEMO_HIDDEN = ['#ad_top', '.guanggao', '.gg_box', 'ins.adsbygoogle', '.fixed-download-bar', '#loginMask', '#loginModal', '.read-more-mask', '.download-box'];

describe('clean reading on the demo page', () => {
  it('hides ads, the download bar, the login modal, its backdrop and the mask; unlocks scrolling; reveals the clamped text; restores exactly; hides again', async () => {
    const page = await open(DEMO);
    await page.waitForFunction(() => getComputedStyle(document.getElementById('loginModal')!).display === 'block');
    expect(await userCanScroll(page)).toBe(false);
    const before = await snapshot(page);
    const blocksBefore = await visibleBlocks(page, '#content');

    // Our own panel host must never be touched, even when it is a large fixed box over the text
    // (pointer-events:none so that the elementFromPoint checks below look through it).
    await page.evaluate(() => {
      const panel = document.createElement('lectern-panel');
      panel.style.cssText = 'position:fixed;top:0;left:0;width:60vw;height:100vh;z-index:2147483647;pointer-events:none';
      document.body.append(panel);
    });
    const panelBefore = await snapshot(page);

    await createCleaner(page, '#content', '127.0.0.1');
    const started = Date.now();
    const report = await call(page, 'clean');
    console.info(`[clean] demo: clean() round trip ${Date.now() - started} ms`);
    expect(await page.$eval('lectern-panel', (e) => e.getAttributeNames())).toEqual(['style']);
    for (const selector of DEMO_HIDDEN) expect(await isHidden(page, selector), selector).toBe(true);
    expect(report.counts).toEqual({ ad: 4, overlay: 4, 'scroll-lock': 2, clamp: 2 });
    expect(report.unclampedText).toBe(true);
    expect(await isHidden(page, '.preview-end')).toBe(false);
    expect(await isHidden(page, '.omit-tip')).toBe(false);
    expect(await userCanScroll(page)).toBe(true);
    expect(await paragraphProblems(page)).toEqual([]);
    expect(await visibleBlocks(page, '#content')).toEqual(blocksBefore);

    await restore(page);
    expect(await page.$$(MARKED)).toHaveLength(0);
    expect(await snapshot(page)).toEqual(panelBefore);
    expect((await snapshot(page)).filter((row) => !row.startsWith('LECTERN-PANEL'))).toEqual(before);
    expect(await userCanScroll(page)).toBe(false);
    expect((await call(page, 'report')).active).toBe(false);

    const again = await call(page, 'reapply');
    expect(again.counts).toEqual(report.counts);
    for (const selector of DEMO_HIDDEN) expect(await isHidden(page, selector), selector).toBe(true);
    expect(await userCanScroll(page)).toBe(true);
    await page.close();
  });

  it('catches the login modal and its scroll lock when it appears after clean() (late-overlay watch)', async () => {
    const page = await open(DEMO);
    await createCleaner(page, '#content');
    const early = await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      const report = w.__cleaner.clean();
      w.__cleaner.watchLateOverlays(5_000);
      return report;
    });
    // Run as soon as the page loads: the modal (800 ms) is not there yet; the download bar and box are.
    expect(early.counts.overlay).toBe(2);
    expect(early.counts['scroll-lock']).toBe(0);
    await page.waitForFunction(() => document.getElementById('loginModal')!.hasAttribute('data-lectern-hidden'), null, { timeout: 5_000 });
    await page.waitForFunction(() => document.body.hasAttribute('data-lectern-unlock'));
    for (const selector of DEMO_HIDDEN) expect(await isHidden(page, selector), selector).toBe(true);
    const late = await call(page, 'report');
    expect(late.counts).toEqual({ ad: 4, overlay: 4, 'scroll-lock': 2, clamp: 2 });
    expect(await userCanScroll(page)).toBe(true);
    expect(await paragraphProblems(page)).toEqual([]);
    await page.close();
  });
});

interface OverlayFixture {
  name: string;
  path: string;
  host: string;
  root: string;
  overlay: string;
  /** What the site's own script would have done (its CSS and JS do not load offline). */
  prepare?: (page: Page) => Promise<void>;
}

/** PIXNET renders its idle popup from a jsrender template after 3 minutes; we render it now. */
async function showPixnetIdlePopup(page: Page): Promise<void> {
  await page.evaluate(() => {
    const decode = document.createElement('textarea');
    decode.innerHTML = document.getElementById('idleTemplate')!.textContent ?? '';
    const holder = document.createElement('div');
    holder.innerHTML = decode.value.replace(/\{\{[^}]*\}\}/g, '');
    const popup = holder.querySelector('.idle-pop') as HTMLElement;
    popup.style.cssText = 'position:fixed;inset:0;z-index:10000;background:rgba(0,0,0,.6)';
    document.body.append(popup);
  });
}

const OVERLAY_FIXTURES: OverlayFixture[] = [
  { name: 'WSJ paywall snippet', path: 'corpus/scrapinghub-aeb/042bb7b5feda.html', host: 'www.wsj.com', root: '.wsj-snippet-body', overlay: '.wsj-snippet-login' },
  { name: 'Sputnik registration modal', path: 'corpus/scrapinghub-aeb/1f765c487806.html', host: 'sputniknews.com', root: '.b-article__text', overlay: '.modal-window.window-register' },
  { name: 'PIXNET idle popup', path: 'corpus/readability/pixnet.html', host: 'stevenhgm.pixnet.net', root: '#article-content-inner', overlay: '.idle-pop', prepare: showPixnetIdlePopup },
  { name: 'PIXNET idle popup, generic heuristics only (no site rule)', path: 'corpus/readability/pixnet.html', host: '', root: '#article-content-inner', overlay: '.idle-pop', prepare: showPixnetIdlePopup },
  { name: '腾讯 news page ad slots', path: 'corpus/readability/qq.html', host: 'tech.qq.com', root: '#Cnt-Main-Article-QQ', overlay: '.body-Top-Ad' },
  { name: '新浪 news page ad slots', path: 'corpus/gne/sina-news-1.html', host: 'news.sina.com.cn', root: '#article', overlay: '.sinaads' },
];

describe('clean reading on real pages with overlays', () => {
  for (const fixture of OVERLAY_FIXTURES) {
    it(`${fixture.name}: the overlay is hidden and the article text is untouched`, async () => {
      const page = await open(fixture.path);
      await fixture.prepare?.(page);
      const blocksBefore = await visibleBlocks(page, fixture.root);
      expect(blocksBefore.length).toBeGreaterThan(0);
      await createCleaner(page, fixture.root, fixture.host || undefined);
      const report = await call(page, 'clean');
      const sources = await page.evaluate(() => (window as unknown as TestWindow).__cleaner.decisions().map((d) => d.source.split(' ')[0] ?? ''));
      const bySource: Record<string, number> = {};
      for (const source of sources) bySource[source] = (bySource[source] ?? 0) + 1;
      console.info(`[clean] ${fixture.name}: ${JSON.stringify(report.counts)} by source ${JSON.stringify(bySource)}`);
      expect(await isHidden(page, fixture.overlay)).toBe(true);
      expect(await visibleBlocks(page, fixture.root)).toEqual(blocksBefore);
      await restore(page);
      expect(await page.$$(MARKED)).toHaveLength(0);
      await page.close();
    });
  }
});

/** A reasonable article container per template (the analysis finds it in the extension). */
function rootFor(path: string): string | null {
  if (path.startsWith('shaoxingyizhong/')) return 'div.conTxt';
  if (path.startsWith('whitehouse-speech-dl/') || path.startsWith('postlight-parser/obamawhitehouse')) return '.field-name-field-forall-body';
  if (path.startsWith('govuk-publishing-api/')) return 'body';
  return null; // densest paragraph parent, picked in the page
}

describe('corpus: clean() hides no speech paragraph', () => {
  it('every fixture speech keeps all its visible paragraphs', async () => {
    const expected = JSON.parse(await readFile(join(FIXTURES_DIR, 'corpus/expected.json'), 'utf8')) as Record<string, { isSpeech: boolean }>;
    const speeches = Object.entries(expected).filter(([, value]) => value.isSpeech).map(([path]) => path);
    expect(speeches.length).toBeGreaterThan(20);
    const page = await context.newPage();
    const summary: string[] = [];
    for (const path of speeches) {
      const file = path.endsWith('.json') ? path.replace(/\.json$/, '.body.html') : path;
      await page.goto(server.url(`corpus/${file}`), { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
      const rootSelector = rootFor(path);
      const result = await page.evaluate((selector) => {
        const w = window as unknown as TestWindow;
        // Paragraphs: p, headings, list items, quotes, and divs/cells that hold text but no
        // other block (some pages, Word exports among them, set every paragraph in a div).
        const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,div,td';
        const isParagraph = (el: Element) =>
          !/^(DIV|TD)$/.test(el.tagName) || (el.querySelector(BLOCKS) === null && (el.textContent ?? '').trim().length > 0);
        const paragraphs = (scope: ParentNode) => Array.from(scope.querySelectorAll(BLOCKS)).filter(isParagraph);
        const densest = (): Element => {
          const counts = new Map<Element, number>();
          for (const p of paragraphs(document))
            if (p.parentElement) counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + (p.textContent ?? '').length);
          return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? document.body;
        };
        const root = selector ? document.querySelector(selector) : densest();
        if (!root) return { error: `no root ${selector}` };
        const blocks = () =>
          paragraphs(root)
            .filter((b) => (b as HTMLElement).offsetHeight > 0)
            .map((b) => b.textContent ?? '');
        const before = blocks();
        const cleaner = w.__lecternCleanTest.createCleaner(document, window, root, { host: location.hostname });
        const report = cleaner.clean();
        const after = blocks();
        cleaner.restore();
        const lost = before.filter((text) => !after.includes(text)).length;
        return { before: before.length, lost, counts: report.counts };
      }, rootSelector);
      summary.push(`${path}: ${JSON.stringify(result)}`);
      expect(result, path).not.toHaveProperty('error');
      expect((result as { lost: number }).lost, path).toBe(0);
      expect((result as { before: number }).before, path).toBeGreaterThan(0);
    }
    console.info(`[clean corpus]\n${summary.join('\n')}`);
    await page.close();
  }, 120_000);
});
