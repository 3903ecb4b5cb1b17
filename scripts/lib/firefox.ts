// The Firefox counterpart of browser.ts: Debian's firefox-esr (never a downloaded
// build) driven over WebDriver BiDi by puppeteer-core, with the built MV2 add-on
// installed as a temporary add-on.
import { mkdir, mkdtemp, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'lectern@lectern.invalid';
/**
 * Firefox gives each install a random moz-extension:// host; the tests preset it
 * (pref extensions.webextensions.uuids) so extension pages have a known URL, and
 * keep it across relaunches, since IndexedDB and storage.local belong to that origin.
 */
export const FIREFOX_EXTENSION_UUID = '3f1c9a52-7d4e-4b8a-9c61-5e2d8f0b7a14';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string;
  profileDir: string;
  /** Where downloads land, without a dialog. */
  downloadsDir: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  profileDir?: string;
  locale?: string;
  /** Extra about:config preferences (e.g. a proxy that records every request). */
  prefs?: Record<string, unknown>;
  /** Where downloads land; by default `downloads` in the profile. */
  downloadsDir?: string;
}

export async function newFirefoxProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'lectern-firefox-'));
}

/** firefox-esr with the built add-on installed, in the given (or a fresh) profile. */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  const locale = options.locale ?? 'zh-CN';
  const langpack = join(dirname(await realpath(FIREFOX)), `browser/extensions/langpack-${locale}@firefox-esr.mozilla.org.xpi`);
  if (locale !== 'en-US' && !(await stat(langpack).catch(() => null))) {
    throw new Error(`Firefox would show the add-on in English: no ${langpack} (apt-get install firefox-esr-l10n-${locale.toLowerCase()})`);
  }
  const profileDir = options.profileDir ?? (await newFirefoxProfileDir());
  const downloadsDir = options.downloadsDir ?? join(profileDir, 'downloads');
  await mkdir(downloadsDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    // Without it BiDi may not open moz-extension:// pages.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // The extension's locale follows the app's, which needs Debian's langpack (firefox-esr-l10n-zh-cn).
      'intl.locale.requested': locale,
      'intl.accept_languages': locale === 'zh-CN' ? 'zh-CN,zh,en' : locale,
      // Downloads go straight to downloadsDir under their own name, no dialog, no temp dir.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // Firefox opens its downloads panel on every download, and the next click on the page
      // only closes that panel (a popup's rollup eats it): a test's click after a download
      // could be lost. A reader sees the panel; the tests do not need it. `panel.shown` too:
      // without it a fresh profile still opens the panel once, on its first download, which
      // is the copy-outline journey's .txt, so its next menu click was lost now and then.
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    profileDir,
    downloadsDir,
    close: () => browser.close(),
  };
}

/**
 * Navigates `page` to a moz-extension:// URL. BiDi never reports a load event for
 * those, so the navigation is not awaited: the document's own state is polled.
 */
export async function gotoExtensionUrl(page: Page, url: string, timeout = 15_000): Promise<void> {
  // Marks the current document, so that reloading the same URL waits for the new one.
  await page.evaluate(() => ((window as unknown as { lecternLeaving?: boolean }).lecternLeaving = true)).catch(() => undefined);
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => [location.href, document.readyState, Boolean((window as unknown as { lecternLeaving?: boolean }).lecternLeaving)] as const)
      .catch(() => ['', 'loading', false] as const);
    if (state[0] === url && state[1] === 'complete' && !state[2]) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (at ${state[0]}, ${state[1]})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Runs `expression` (which may await) in Firefox's own browser window, with chrome
 * privileges (allowed by --remote-allow-system-access). Only for what a user does
 * outside web content and no WebExtension API can, such as restarting the add-on.
 */
export async function evaluateInBrowserChrome(firefox: FirefoxExtensionBrowser, expression: string): Promise<unknown> {
  const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: Array<{ context: string; url: string }>;
  };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window to evaluate in');
  const reply = (await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: unknown };
    exceptionDetails?: { text?: string };
  };
  if (reply.type !== 'success') throw new Error(`chrome evaluation failed: ${reply.exceptionDetails?.text ?? 'unknown error'}`);
  return reply.result?.value;
}

/**
 * Disables and enables the add-on: its background page starts again the way it
 * does when Firefox starts (without runtime.onInstalled), in the same session.
 */
export async function restartAddon(firefox: FirefoxExtensionBrowser): Promise<void> {
  const active = await evaluateInBrowserChrome(
    firefox,
    `(async () => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
      await addon.disable();
      await addon.enable();
      return addon.isActive;
    })()`,
  );
  if (active !== true) throw new Error('the add-on did not come back after a restart');
}

/**
 * Runs the add-on's keyboard shortcut for `key` (e.g. 'L' of Alt+Shift+L) in the
 * front window, as Firefox does when those keys are pressed: key input sent over
 * BiDi goes to the page and never reaches Firefox's own shortcut handling.
 */
export async function pressAddonShortcut(firefox: FirefoxExtensionBrowser, key: string): Promise<void> {
  const keysetId = `ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}`;
  const found = await evaluateInBrowserChrome(
    firefox,
    `(() => {
      const keyset = document.getElementById(${JSON.stringify(keysetId)});
      const shortcut = keyset && [...keyset.children].find((k) => k.getAttribute('key') === ${JSON.stringify(key)});
      if (!shortcut) return false;
      shortcut.doCommand();
      return true;
    })()`,
  );
  if (found !== true) throw new Error(`no shortcut of the add-on on the key ${key}`);
}

/**
 * Chooses the add-on's item in Firefox's open page context menu (opened by a real
 * right click in the page), as a user's click on it would.
 */
export async function chooseAddonContextMenuItem(firefox: FirefoxExtensionBrowser, menuId: string): Promise<void> {
  const itemId = `${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}-menuitem-_${menuId}`;
  const deadline = Date.now() + 5_000;
  for (;;) {
    const state = await evaluateInBrowserChrome(
      firefox,
      `(() => {
        const menu = document.getElementById('contentAreaContextMenu');
        const item = document.getElementById(${JSON.stringify(itemId)});
        if (menu.state !== 'open' || !item || item.hidden) return menu.state;
        menu.activateItem(item);
        return 'chosen';
      })()`,
    );
    if (state === 'chosen') return;
    if (Date.now() > deadline) throw new Error(`the context menu has no ${itemId} (menu ${String(state)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
