// End-to-end helpers on top of scripts/lib/browser.ts.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/browser';

export * from '../../scripts/lib/browser';

/** Opens a page of the extension itself, e.g. `library.html`. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** The panel host's presence, read in the page (the host lives outside the page's own tree of content). */
export async function panelPresent(page: Page, timeout = 5_000): Promise<boolean> {
  try {
    await page.waitForSelector('lectern-panel', { state: 'attached', timeout });
    return true;
  } catch {
    return false;
  }
}

/** `chrome.runtime.sendMessage` from an extension page, as our own UI would call it. */
export async function sendRuntimeMessage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime;
    return runtime.sendMessage(m);
  }, message);
}
