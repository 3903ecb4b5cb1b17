// SPA navigation between two speeches (history.pushState) and back: one panel, the
// outline of the speech shown, and the highlights of that page only.
import { describe, expect, it } from 'vitest';
import { highlightTexts, saveByButton, treeItemTexts, useHostileBrowser } from './helpers';

const PAGE = 'hostile/spa.html';
const PASSAGE_A = '为谁创造政绩,是政绩观的“总开关”。';
const PASSAGE_B = '政绩不会从天而降,正确的政绩观最终要靠扎实的作风、过硬的本领、科学的方法来践行和实现。';

const firstItem = async (page: import('playwright-core').Page) => (await treeItemTexts(page))[0] ?? '';

describe('SPA navigation', () => {
  const env = useHostileBrowser();

  it('shows the right outline and only the right page’s highlights, there and back', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url(PAGE));
    await expect.poll(() => firstItem(page)).toMatch(/^一、牢牢把握/);
    await saveByButton(page, PASSAGE_A);
    await expect.poll(() => highlightTexts(page)).toEqual([PASSAGE_A]);

    // To speech B: A's highlight is gone, B's outline shows, B's (empty) excerpt list too.
    await page.locator('#to-b').click();
    await expect.poll(() => firstItem(page), { timeout: 5_000 }).toBe('一、深刻认识安全生产工作的严峻形势');
    await expect.poll(() => page.locator('lectern-panel .page-excerpts .excerpt-item').count()).toBe(0);
    expect(await highlightTexts(page)).toEqual([]);
    // B's text also appears in A (the same seed sentence): it must not be marked with A's excerpt.
    await saveByButton(page, PASSAGE_B);
    await expect.poll(() => highlightTexts(page)).toEqual([PASSAGE_B]);

    // Back to A: its outline, its highlight (not B's) and its excerpt list.
    await page.goBack();
    await expect.poll(() => firstItem(page), { timeout: 5_000 }).toMatch(/^一、牢牢把握/);
    await expect.poll(() => highlightTexts(page), { timeout: 5_000 }).toEqual([PASSAGE_A]);
    expect(await page.locator('lectern-panel .page-excerpts .excerpt-item').allTextContents()).toEqual([PASSAGE_A]);

    // Forward to B again: B's highlight is back.
    await page.goForward();
    await expect.poll(() => firstItem(page), { timeout: 5_000 }).toBe('一、深刻认识安全生产工作的严峻形势');
    await expect.poll(() => highlightTexts(page), { timeout: 5_000 }).toEqual([PASSAGE_B]);
    expect(await page.locator('lectern-panel').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('lectern-panel')!.shadowRoot!.querySelectorAll('.lectern-panel').length)).toBe(1);
    await page.close();
  });
});
