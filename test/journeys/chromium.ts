// The journey driver over playwright-core and Debian Chromium (scripts/lib/browser.ts).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { detectionRecordOf, launchWithExtension } from '../../scripts/lib/browser';
import { buttonQuery, findButtonInPage, findCheckboxInPage, flattenDeep, type JourneyBrowser, type JourneyPage } from './driver';

export async function launchChromiumJourney(profileDir?: string): Promise<JourneyBrowser> {
  const chromium = await launchWithExtension({ profileDir });
  // As a user who allowed it once: pages may write (and the test read) the clipboard.
  await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return {
    name: 'chromium',
    profileDir: chromium.profileDir,
    async open(url, options = {}) {
      const page = await chromium.context.newPage();
      if (options.beforeLoad) await page.addInitScript(options.beforeLoad);
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await chromium.context.newPage();
      await page.goto(`chrome-extension://${chromium.extensionId}/${path}`, { waitUntil: 'load' });
      return wrap(page);
    },
    async tabIdOf(url) {
      const id = await chromium.worker.evaluate(async (target) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        return (await api.tabs.query({})).find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
    detectionStages: async (url) => (await detectionRecordOf(chromium, url, 0))?.reads.map((read) => read.stage) ?? null,
    close: () => chromium.close(),
  };
}

function wrap(page: Page): JourneyPage {
  const locate = (selector: string, hasText?: string) => {
    const all = page.locator(flattenDeep(selector));
    return (hasText === undefined ? all : all.filter({ hasText })).first();
  };
  const button = async (name: string | RegExp) => {
    const query = buttonQuery(name);
    await page.waitForFunction(findButtonInPage, query, { timeout: 10_000 });
    const handle = (await page.evaluateHandle(findButtonInPage, query)).asElement();
    if (!handle) throw new Error(`no button ${String(name)}`);
    return handle;
  };
  return {
    url: () => page.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown),
    async appears(selector, timeout = 5_000) {
      try {
        await page.waitForSelector(flattenDeep(selector), { state: 'attached', timeout });
        return true;
      } catch {
        return false;
      }
    },
    count: (selector) => page.locator(flattenDeep(selector)).count(),
    texts: (selector) => page.locator(flattenDeep(selector)).allTextContents(),
    click: (selector, hasText) => locate(selector, hasText).click(),
    async clickButton(name) {
      await (await button(name)).click();
    },
    async setChecked(label, checked) {
      await page.waitForFunction(findCheckboxInPage, label, { timeout: 10_000 });
      const handle = (await page.evaluateHandle(findCheckboxInPage, label)).asElement();
      if (!handle) throw new Error(`no checkbox ${label}`);
      await handle.setChecked(checked);
    },
    fill: (selector, text) => locate(selector).fill(text),
    press: (key) => page.keyboard.press(key),
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
    async download(name) {
      const handle = await button(name);
      const [download] = await Promise.all([page.waitForEvent('download'), handle.evaluate((element) => (element as HTMLElement).click())]);
      const path = await download.path();
      if (!path) throw new Error(`the download of ${String(name)} failed: ${await download.failure()}`);
      return readFile(path, 'utf8');
    },
    async wheel(deltaY) {
      await page.mouse.move(640, 450);
      await page.mouse.wheel(0, deltaY);
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}
