// End-to-end helpers on top of scripts/lib/browser.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from '../../scripts/lib/browser';

export * from '../../scripts/lib/browser';

/** One fixture server and one browser with the extension, shared by a whole test file (set up in beforeAll). */
export function useExtensionBrowser(): { readonly browser: ExtensionBrowser; readonly server: FixtureServer } {
  const shared = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    shared.server = await serveFixtures();
    shared.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

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

/** Texts of the outline tree's items, in document order (all levels expanded by default). */
export async function treeItemTexts(page: Page): Promise<string[]> {
  return page.locator('lectern-panel [role="treeitem"] .outline-text').allTextContents();
}

/** The id of the tab showing `url`, asked of the extension's service worker. */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const id = await browser.worker.evaluate(async (target) => {
    const chromeApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    const tabs = await chromeApi.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** A GOV.UK-like page around one content item's body (the corpus keeps only the body fragment). */
export function govukPage(item: { title: string; description?: string; document_type?: string }, body: string): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(item.title)} - GOV.UK</title></head>
<body><header class="govuk-header"><a href="/">GOV.UK</a></header>
<main class="govuk-main-wrapper" id="content"><span class="govuk-caption-xl">Speech</span><h1 class="gem-c-title__text">${escape(item.title)}</h1>
<p class="gem-c-lead-paragraph">${escape(item.description ?? '')}</p>
<div class="govuk-govspeak">${body}</div></main>
<footer class="govuk-footer">All content is available under the Open Government Licence v3.0</footer></body></html>`;
}

/** Selects `text` inside the page (it may span several text nodes), as a reader's drag would. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let all = '';
    const root = document.querySelector('main') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script,style,template')) continue;
      nodes.push(node as Text);
      starts.push(all.length);
      all += node.textContent ?? '';
    }
    const at = all.indexOf(needle);
    if (at < 0) throw new Error(`text not on the page: ${needle}`);
    const locate = (offset: number, end: boolean) => {
      let i = starts.length - 1;
      while (i > 0 && (end ? starts[i]! >= offset : starts[i]! > offset)) i--;
      return [nodes[i]!, offset - starts[i]!] as const;
    };
    const [startNode, startOffset] = locate(at, false);
    const [endNode, endOffset] = locate(at + needle.length, true);
    startNode.parentElement!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

/** The highlighted passages, one string per excerpt id. */
export const highlightTexts = (page: Page) =>
  page.evaluate(() => {
    const byId = new Map<string, string>();
    for (const mark of document.querySelectorAll('mark[data-lectern-highlight]')) {
      const id = mark.getAttribute('data-lectern-highlight')!;
      byId.set(id, (byId.get(id) ?? '') + mark.textContent);
    }
    return [...byId.values()];
  });
