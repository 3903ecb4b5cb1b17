// The journey driver over puppeteer-core and firefox-esr (WebDriver BiDi).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  evaluateInBrowserChrome,
  gotoExtensionUrl,
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
  type FirefoxLaunchOptions,
} from '../../scripts/lib/firefox';
import { detectionRecordInExtension } from '../../scripts/lib/browser';
import { buttonQuery, findButtonInPage, findCheckboxInPage, type JourneyBrowser, type JourneyPage } from './driver';

export async function launchFirefoxJourney(options: FirefoxLaunchOptions = {}): Promise<JourneyBrowser & { firefox: FirefoxExtensionBrowser }> {
  const firefox = await launchFirefoxWithExtension(options);
  const newTab = async () => firefox.browser.newPage();
  const journey = {
    name: 'firefox' as const,
    profileDir: firefox.profileDir,
    firefox,
    async open(url: string, options: { beforeLoad?: string } = {}) {
      const page = await newTab();
      if (options.beforeLoad) await page.evaluateOnNewDocument(options.beforeLoad);
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, null, firefox);
    },
    async openExtensionPage(path: string) {
      const page = await newTab();
      const url = `${firefox.extensionOrigin}/${path}`;
      await gotoExtensionUrl(page, url);
      return wrap(page, url, firefox);
    },
    async tabIdOf(url: string) {
      const helper = await journey.openExtensionPage('popup.html');
      try {
        const id = await helper.evaluate(async (target) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
          return (await api.tabs.query({})).find((tab) => tab.url === target)?.id ?? null;
        }, url);
        if (id === null) throw new Error(`no tab shows ${url}`);
        return id;
      } finally {
        await helper.close();
      }
    },
    async detectionStages(url: string) {
      const helper = await journey.openExtensionPage('popup.html');
      try {
        return (await helper.evaluate(detectionRecordInExtension, url))?.reads.map((read) => read.stage) ?? null;
      } finally {
        await helper.close();
      }
    },
    close: () => firefox.close(),
  };
  return journey;
}

const pages = new WeakMap<JourneyPage, Page>();

/** In the page: resolves once the element's box is the same for two painted frames (or after a second). Self-contained. */
function untilStableInPage(element: Element): Promise<void> {
  return new Promise((done) => {
    const start = performance.now();
    let last = '';
    let same = 0;
    const look = () => {
      const box = JSON.stringify(element.getBoundingClientRect());
      same = box === last ? same + 1 : 0;
      last = box;
      if (same >= 2 || performance.now() - start > 1_000) done();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

/** The puppeteer page behind a journey page, for what only Firefox can do (its context menu). */
export function puppeteerPageOf(page: JourneyPage): Page {
  const found = pages.get(page);
  if (!found) throw new Error('not a Firefox journey page');
  return found;
}

/** `extensionUrl`: the moz-extension:// URL the page shows (puppeteer does not follow those navigations), or null for web pages. */
function wrap(page: Page, extensionUrl: string | null, firefox: FirefoxExtensionBrowser): JourneyPage {
  const first = async (selector: string, hasText?: string): Promise<ElementHandle<Element>> => {
    for (const handle of await page.$$(selector)) {
      if (hasText === undefined || (await handle.evaluate((el) => el.textContent ?? '')).includes(hasText)) return handle;
    }
    throw new Error(`nothing matches ${selector}${hasText ? ` with text ${hasText}` : ''}`);
  };
  const element = async (find: () => Promise<ElementHandle<Element> | null>, what: string, timeout = 10_000) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const handle = await find().catch(() => null);
      if (handle) return handle;
      if (Date.now() > deadline) throw new Error(`not found: ${what}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  const button = (name: string | RegExp) =>
    element(async () => {
      const found = await page.evaluateHandle(findButtonInPage, buttonQuery(name));
      return found.asElement() as ElementHandle<Element> | null;
    }, `button ${String(name)}`);
  const journeyPage: JourneyPage = {
    url: () => extensionUrl ?? page.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown) as Promise<R>,
    async appears(selector, timeout = 5_000) {
      try {
        await page.waitForSelector(selector, { timeout });
        return true;
      } catch {
        return false;
      }
    },
    count: async (selector) => (await page.$$(selector)).length,
    texts: async (selector) => Promise.all((await page.$$(selector)).map((h) => h.evaluate((el) => el.textContent ?? ''))),
    async click(selector, hasText) {
      await (await element(() => first(selector, hasText), selector)).click();
    },
    async clickButton(name) {
      // A re-render can replace the button between finding and clicking it: find it again.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const handle = await button(name);
        try {
          // As Playwright does before a click: a button still moving would take the click elsewhere.
          await handle.evaluate(untilStableInPage);
          await handle.click();
          return;
        } catch (error) {
          if (Date.now() > deadline) {
            // Say where the button was: a fixed button off screen cannot be scrolled to.
            const info = await handle.evaluate((el) => JSON.stringify([...el.getClientRects()].map((r) => r.toJSON())));
            throw new Error(`${String(error)} (button ${String(name)} at ${info})`);
          }
          await new Promise((done) => setTimeout(done, 100));
        }
      }
    },
    async setChecked(label, checked) {
      const handle = await element(async () => (await page.evaluateHandle(findCheckboxInPage, label)).asElement() as ElementHandle<Element> | null, `checkbox ${label}`);
      if ((await handle.evaluate((input) => (input as HTMLInputElement).checked)) !== checked) await handle.click();
    },
    async fill(selector, text) {
      const handle = await element(() => first(selector), selector);
      await handle.click({ count: 3 });
      await handle.evaluate((input) => (input as HTMLInputElement).select());
      await page.keyboard.press('Backspace');
      await handle.type(text);
    },
    press: (key) => page.keyboard.press(key),
    async readClipboard() {
      // Read as Firefox itself would paste it: a page's readText() asks the user first.
      const text = await evaluateInBrowserChrome(firefox, 'navigator.clipboard.readText()');
      if (typeof text !== 'string') throw new Error('the clipboard holds no text');
      return text;
    },
    async download(name) {
      const dir = firefox.downloadsDir;
      const before = new Set(await readdir(dir));
      await (await button(name)).evaluate((el) => (el as HTMLElement).click());
      // Firefox writes `<name>.part` beside an empty `<name>` and renames it when done.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const added = (await readdir(dir)).filter((file) => !before.has(file));
        const complete = added.filter((file) => !file.endsWith('.part'));
        if (complete.length === 1 && !added.some((file) => file.endsWith('.part')) && (await stat(join(dir, complete[0]!))).size > 0) {
          return readFile(join(dir, complete[0]!), 'utf8');
        }
        if (Date.now() > deadline) throw new Error(`no download from ${String(name)} in ${dir} (new: ${added.join(', ') || 'nothing'})`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    async wheel(deltaY) {
      await page.mouse.move(640, 450);
      await page.mouse.wheel({ deltaY });
    },
    async reload() {
      if (extensionUrl) await gotoExtensionUrl(page, extensionUrl);
      else await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  };
  pages.set(journeyPage, page);
  return journeyPage;
}
