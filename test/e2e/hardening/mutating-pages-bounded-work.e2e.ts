// Pages that never stop mutating: a ticker rewriting text every 50 ms, and infinite
// scroll appending speech paragraphs every 300 ms. Analysis runs per quiet period,
// never per mutation, and our own writes (highlights, panel) start no loop.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightTexts, saveByButton, useHostileBrowser } from './helpers';

/** The watch's quiet period (utils/reader/watch.ts). */
const QUIET_MS = 800;

const analyses = (page: Page) => page.evaluate(() => performance.getEntriesByName('lectern:analyze').length);

/** Counts the page's own mutations from the page world. */
const countMutations = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __mutations: number };
    w.__mutations = 0;
    new MutationObserver((records) => {
      w.__mutations += records.length;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });

describe('continuously mutating pages', () => {
  const env = useHostileBrowser();

  it('a ticker beside the speech: one analysis in 5 s of mutations every 50 ms, highlights stay put', async () => {
    const page = await env.browser.context.newPage();
    await countMutations(page);
    await page.goto(env.server.url('hostile/ticker.html'));
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    await expect.poll(() => analyses(page)).toBe(1);
    await saveByButton(page, '为谁创造政绩,是政绩观的“总开关”。');
    await expect.poll(() => highlightTexts(page)).toHaveLength(1);
    const marks = await page.locator('mark[data-lectern-highlight]').count();
    const start = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    await page.waitForTimeout(5_000);
    const mutations = (await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)) - start;
    expect(mutations).toBeGreaterThan(150);
    expect(await analyses(page)).toBe(1);
    expect(await page.locator('mark[data-lectern-highlight]').count()).toBe(marks);
    expect(await page.locator('lectern-panel').count()).toBe(1);
    console.log(`ticker: ${mutations} page mutations in 5 s, ${await analyses(page)} analysis`);
    await page.close();
  });

  it('infinite scroll: re-analysis at most once per quiet period while it grows, none after it stops', async () => {
    // First visit: save an excerpt so that later visits re-highlight on every re-analysis.
    const first = await env.browser.context.newPage();
    await first.goto(env.server.url('hostile/infinite-scroll.html'));
    await first.waitForSelector('lectern-panel [role="treeitem"]');
    await saveByButton(first, '开关拧得正,干事创业才有正确方向;');
    await first.close();

    const page = await env.browser.context.newPage();
    await countMutations(page);
    const started = Date.now();
    await page.goto(env.server.url('hostile/infinite-scroll.html'));
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    await page.waitForFunction(() => (window as unknown as { __appended: number }).__appended >= 12, null, { timeout: 10_000 });
    const growing = Date.now() - started;
    // Let the last growth be noticed, then everything must settle.
    await page.waitForTimeout(QUIET_MS * 2);
    const settled = await analyses(page);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    expect(settled).toBeGreaterThanOrEqual(2); // the growth was noticed
    expect(settled).toBeLessThanOrEqual(1 + Math.ceil((growing + QUIET_MS * 2) / QUIET_MS));
    expect(settled).toBeLessThan(12); // not once per appended paragraph
    await expect.poll(() => highlightTexts(page)).toEqual(['开关拧得正,干事创业才有正确方向;']);
    const marks = await page.locator('mark[data-lectern-highlight]').count();

    // Quiet page: our own writes (highlights re-applied, panel re-rendered) trigger nothing more.
    await page.waitForTimeout(QUIET_MS * 3);
    expect(await analyses(page)).toBe(settled);
    expect(await page.locator('mark[data-lectern-highlight]').count()).toBe(marks);
    expect(await page.locator('lectern-panel').count()).toBe(1);
    console.log(`infinite scroll: ${mutations} mutations, ${settled} analyses over ${growing} ms of growth`);
    await page.close();
  });
});
