// The extension makes no network requests: every request from its pages (popup,
// library) and its service worker is recorded while the panel, saving, the library,
// the popup and every export are used; none goes to http(s). Web pages fetch only
// their own document (and a favicon): the content scripts fetch nothing either.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  saveByButton,
  serveHostile,
  tabIdOf,
  type ExtensionBrowser,
  type FixtureServer,
} from './helpers';

const SPEECH = 'hostile/css-plain.html';
const DEMO = 'demo/wentop-speech.html';

interface Seen {
  url: string;
  from: string;
  kind: string;
}

/** Network events of the extension's service worker, through the browser's debugging protocol. */
async function watchServiceWorker(browser: ExtensionBrowser, seen: Seen[]): Promise<CDPSession> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!worker) throw new Error('no service worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string }; type?: string } };
    if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
      seen.push({ url: message.params.request.url, from: 'service worker (CDP)', kind: message.params.type ?? '' });
    }
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
  await new Promise((done) => setTimeout(done, 200));
  return cdp;
}

describe('no network requests', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let downloads: string;

  beforeAll(async () => {
    server = await serveHostile();
    browser = await launchWithExtension();
    downloads = await mkdtemp(join(tmpdir(), 'lectern-network-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('uses panel, saving, popup, library and every export without one http(s) request of its own', async () => {
    const seen: Seen[] = [];
    browser.context.on('request', (request) => {
      const worker = request.serviceWorker();
      let from: string;
      try {
        from = worker ? `service worker ${worker.url()}` : request.frame().url();
      } catch {
        from = 'unknown';
      }
      seen.push({ url: request.url(), from, kind: request.resourceType() });
    });
    const cdp = await watchServiceWorker(browser, seen);

    // The watch works: a fetch made by the service worker on purpose is seen.
    const probe = server.url('probe.txt?from=worker');
    await browser.worker.evaluate((url) => fetch(url).then((r) => r.status), probe);
    await expect.poll(() => seen.some((s) => s.url === probe)).toBe(true);

    const page = await browser.context.newPage();
    await page.goto(server.url(SPEECH));
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    await page.locator('lectern-panel [role="treeitem"] .outline-text').nth(2).click();
    await saveByButton(page, '为谁创造政绩,是政绩观的“总开关”。');
    const demo = await browser.context.newPage();
    await demo.goto(server.url(DEMO));
    await demo.waitForSelector('lectern-panel [role="treeitem"]');
    await demo.locator('lectern-panel').getByRole('button', { name: /显示已隐藏/ }).click();

    const popup = await openExtensionPage(browser, `popup.html?tabId=${await tabIdOf(browser, server.url(SPEECH))}`);
    await popup.getByRole('button', { name: '收起面板' }).click();
    await popup.getByRole('button', { name: '显示面板' }).click();
    await popup.close();

    const library = await openExtensionPage(browser, 'library.html');
    await expect.poll(() => library.locator('.excerpt-text').count()).toBe(1);
    await library.getByRole('searchbox').fill('政绩');
    await expect.poll(() => library.locator('.excerpt-text').count()).toBe(1);
    for (const name of ['Markdown', '纯文本', 'CSV', 'JSON（可再导入）']) {
      const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name, exact: true }).click()]);
      await download.saveAs(join(downloads, download.suggestedFilename()));
    }
    await library.reload();
    await library.locator('.excerpt-text').first().waitFor();
    await page.waitForTimeout(500);
    await cdp.detach();

    const pageOrigins = new Set([server.origin]);
    const offending = seen.filter((s) => {
      if (s.url === probe) return false;
      if (!/^https?:/i.test(s.url)) return false; // chrome-extension:, blob:, data:
      // Our fixture pages' own documents (and the browser's favicon fetch) are the page's, not ours.
      const own = pageOrigins.has(new URL(s.url).origin) && (s.kind === 'document' || s.url.endsWith('/favicon.ico')) && !s.from.startsWith('chrome-extension:');
      return !own;
    });
    expect(offending).toEqual([]);
    // And the extension's own contexts were seen loading their files (the watch covered them).
    expect(seen.some((s) => s.url.startsWith(`chrome-extension://${browser.extensionId}/`))).toBe(true);
  });
});
