// Hostile page text (HTML-looking headings, real <script> in paragraphs, javascript:
// links in headings, bidi controls) is shown as plain text in the panel and the
// library; nothing of it runs, and our shadow root holds only our own elements.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/load-html';
import { analyzePage } from '../../../utils/analyze';
import { FIXTURES_DIR, openExtensionPage, pwned, saveByButton, shadowInventory, storedExcerpts, treeItemTexts, useHostileBrowser } from './helpers';

const PAGE = 'hostile/injection.html';
/** Elements our panel is made of; anything else in the shadow root came from somewhere else. */
const OUR_TAGS = new Set(['aside', 'button', 'div', 'h2', 'li', 'nav', 'ol', 'p', 'section', 'span', 'ul', 'header', 'progress', 'label', 'input', 'textarea', 'form', 'dialog', 'strong', 'small', 'mark', 'svg', 'path', 'h1', 'h3', 'dl', 'dt', 'dd', 'select', 'option', 'kbd']);

describe('page text stays text', () => {
  const env = useHostileBrowser();

  it('shows HTML-looking headings, javascript: links and bidi controls as plain text in the panel; nothing runs', async () => {
    const page = await env.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(env.server.url(PAGE));
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    // The page's own inline script ran once (it is the page's), and no payload did.
    expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: number }).__pageScriptRan)).toBe(1);

    const html = await readFile(join(FIXTURES_DIR, PAGE), 'utf8');
    const parsed = parseHtml(html, env.server.url(PAGE));
    const expected = analyzePage(parsed.document, env.server.url(PAGE), { force: true })!.outline.map((item) => item.text);
    await parsed.close();
    await expect.poll(() => treeItemTexts(page)).toEqual(expected);
    const texts = await treeItemTexts(page);
    expect(texts.join('\n')).toContain(`<img src=x onerror="window.__pwned='img'">`);
    expect(texts.join('\n')).toContain(`<a href="javascript:window.__pwned='text-link'">点我</a>`);
    expect(texts.join('\n')).toContain('\u202E“靠什么树牢政绩”\u202C');
    expect(texts.join('\n')).toContain('<svg onload=');

    const inventory = await shadowInventory(page);
    expect(inventory).not.toBeNull();
    expect(inventory!.dangerous).toEqual([]);
    expect(inventory!.tags.filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
    expect(inventory!.text).toContain('<img src=x onerror=');

    // A bidi override in one item does not spill into the next one.
    const nextItem = await page
      .locator('lectern-panel [role="treeitem"] .outline-text')
      .filter({ hasText: '大兴调查研究' })
      .evaluate((el) => el.textContent);
    expect(nextItem).toBe('(一)大兴调查研究,在察实情、出实招中夯实政绩基础');

    // Clicking every outline item (each a jump) runs nothing either.
    const items = page.locator('lectern-panel [role="treeitem"] .outline-text');
    for (let i = 0; i < (await items.count()); i++) await items.nth(i).click();
    await page.waitForTimeout(300);
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('saves a passage holding HTML-looking text; the panel and the library show it as text and run nothing', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url(PAGE));
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    const source = await page.evaluate(() => document.querySelector('main')!.textContent!);
    const at = source.indexOf(`<img src=x onerror="window.__pwned='paragraph'">`);
    expect(at).toBeGreaterThan(0);
    const selection = source.slice(at - 40, at + `<img src=x onerror="window.__pwned='paragraph'">`.length + 5);
    await saveByButton(page, selection);
    await expect.poll(() => page.locator('lectern-panel .page-excerpts .excerpt-item').allTextContents()).toEqual([selection]);
    const group = await page.locator('lectern-panel .page-excerpts .excerpt-group-title').first().textContent();
    expect(group).toContain(`<a href="javascript:window.__pwned='text-link'">点我</a>`);
    expect((await shadowInventory(page))!.dangerous).toEqual([]);
    expect(await pwned(page)).toBeUndefined();

    const stored = await storedExcerpts(env.browser);
    expect(stored.map((row) => row.text)).toEqual([selection]);

    const library = await openExtensionPage(env.browser, 'library.html');
    await expect.poll(() => library.getByText(selection, { exact: false }).count()).toBeGreaterThan(0);
    const body = await library.locator('body').textContent();
    expect(body).toContain(`<img src=x onerror="window.__pwned='h1'">`); // the speech title, as text
    const injected = await library.evaluate(() =>
      [...document.querySelectorAll('img, script:not([src]), iframe, svg[onload], [onerror], [onload], a[href^="javascript:" i]')].map(
        (el) => el.outerHTML.slice(0, 120),
      ),
    );
    expect(injected).toEqual([]);
    expect(await library.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await library.close();
    await page.close();
  });
});
