// The journey driver over puppeteer-core and firefox-esr (WebDriver BiDi).
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  gotoExtensionUrl,
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
  type FirefoxLaunchOptions,
} from '../../scripts/lib/firefox';
import { buttonQuery, findButtonInPage, findCheckboxInPage, type JourneyBrowser, type JourneyPage } from './driver';

export async function launchFirefoxJourney(options: FirefoxLaunchOptions = {}): Promise<JourneyBrowser & { firefox: FirefoxExtensionBrowser }> {
  const firefox = await launchFirefoxWithExtension(options);
  const newTab = async () => firefox.browser.newPage();
  const journey = {
    name: 'firefox' as const,
    profileDir: firefox.profileDir,
    firefox,
    async open(url: string) {
      const page = await newTab();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, null);
    },
    async openExtensionPage(path: string) {
      const page = await newTab();
      const url = `${firefox.extensionOrigin}/${path}`;
      await gotoExtensionUrl(page, url);
      return wrap(page, url);
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
    close: () => firefox.close(),
  };
  return journey;
}

const pages = new WeakMap<JourneyPage, Page>();

/** The puppeteer page behind a journey page, for what only Firefox can do (its context menu). */
export function puppeteerPageOf(page: JourneyPage): Page {
  const found = pages.get(page);
  if (!found) throw new Error('not a Firefox journey page');
  return found;
}

/** `extensionUrl`: the moz-extension:// URL the page shows (puppeteer does not follow those navigations), or null for web pages. */
function wrap(page: Page, extensionUrl: string | null): JourneyPage {
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
      const query = buttonQuery(name);
      // A re-render can replace the button between finding and clicking it: find it again.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const handle = await element(async () => {
          const found = await page.evaluateHandle(findButtonInPage, query);
          return found.asElement() as ElementHandle<Element> | null;
        }, `button ${String(name)}`);
        try {
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
