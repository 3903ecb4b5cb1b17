// The extension makes no network requests in Firefox either. Every http(s) request
// Firefox makes goes through a recording proxy (recording-proxy.ts) while the
// panel, saving, the popup, the library and every export are used; the only ones
// allowed are the documents the test itself opens (and the favicon Firefox asks
// their server for).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/browser';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/lib/firefox';
import { launchFirefoxJourney } from '../journeys/firefox';
import { DEMO, selectInPage } from '../journeys/journeys';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

const SPEECH = 'hostile/css-plain.html';
const PASSAGE = '为谁创造政绩,是政绩观的“总开关”。';

describe('no network requests in Firefox', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let downloads: string;
  let firefox: Awaited<ReturnType<typeof launchFirefoxJourney>>;

  beforeAll(async () => {
    server = await serveFixtures();
    proxy = await startRecordingProxy(server.origin);
    downloads = await mkdtemp(join(tmpdir(), 'lectern-firefox-downloads-'));
    firefox = await launchFirefoxJourney({ prefs: proxy.prefs, downloadsDir: downloads });
  });
  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('uses panel, saving, popup, library and every export without one http(s) request of its own', async () => {
    // The watch works: a fetch made on purpose by an extension page reaches the proxy.
    const probe = server.url('probe.txt?from=extension-page');
    const library = await firefox.openExtensionPage('library.html');
    await library.evaluate((url) => fetch(url).then((response) => response.status), probe);
    expect(proxy.seen).toContain(probe);

    const page = await firefox.open(server.url(SPEECH));
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    await page.click('lectern-panel >>> [role="treeitem"] .outline-text', '二、');
    await page.evaluate(selectInPage, PASSAGE);
    await page.clickButton('摘录');
    expect(await page.appears('lectern-panel >>> [role="dialog"]', 5_000)).toBe(true);
    await page.press('Escape');

    const demo = await firefox.open(server.url(DEMO));
    expect(await demo.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    await demo.clickButton(/^显示已隐藏/);

    const popup = await firefox.openExtensionPage(`popup.html?tabId=${await firefox.tabIdOf(page.url())}`);
    await popup.clickButton('收起面板');
    await popup.clickButton('显示面板');
    await popup.close();

    await library.reload();
    await expect.poll(() => library.texts('.excerpt-text')).toEqual([PASSAGE]);
    await library.fill('input[type="search"]', '政绩');
    await expect.poll(() => library.texts('.excerpt-text')).toEqual([PASSAGE]);
    // A trusted click that starts a download holds WebDriver BiDi's input.performActions
    // for about 15 s in Firefox ESR 153, so the export buttons are clicked from the page.
    for (const name of ['Markdown', '纯文本', 'CSV', 'JSON（可再导入）']) {
      await library.evaluate((label) => {
        const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);
        if (!button) throw new Error(`no button ${label}`);
        button.click();
      }, name);
    }
    // Every export lands as a file (downloads from a moz-extension: page, no request).
    await expect.poll(async () => (await readdir(downloads)).filter((file) => !file.endsWith('.part')).map((file) => file.replace(/^.*\./, '')).sort(), { timeout: 10_000 })
      .toEqual(['csv', 'json', 'md', 'txt']);
    await library.reload();
    await new Promise((done) => setTimeout(done, 500));

    const opened = new Set([server.url(SPEECH), server.url(DEMO), server.url('favicon.ico'), probe]);
    // Firefox's own services (remote settings and the like, which ESR 153 contacts even
    // with puppeteer's profile) are the browser's, not the extension's: no host of
    // Mozilla's appears in the add-on's code.
    const firefoxOwn = (url: string) => /^https?:\/\/([^/:]+\.)?(mozilla\.(com|net|org)|firefox\.com|dummy\.test)(:\d+)?(\/|$)/.test(url);
    const code = await Promise.all(
      (await readdir(FIREFOX_EXTENSION_DIR, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
    );
    expect(code.filter((text) => /mozilla\.(com|net|org)|firefox\.com|dummy\.test/.test(text))).toEqual([]);
    expect(proxy.seen.filter((url) => !opened.has(url) && !firefoxOwn(url))).toEqual([]);
  });
});
