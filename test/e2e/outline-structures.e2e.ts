// The built extension in real Chromium on the hand-made Word-export speech (four levels) and
// on transcripts: the panel's tree nests all four levels by aria-level with no enumeration
// above a numbered heading, and the Speakers view appears on transcripts only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { panelPresent, useExtensionBrowser } from './harness';

const WORD_PAGE = 'synthetic/word-four-level-speech.html';
const BRIEFING = 'synthetic/press-briefing-transcript.html';
const QA_TRANSCRIPT = 'corpus/whitehouse-speech-dl/remarks-vice-president-pence-wilson-center.html';
const DEMO = 'demo/wentop-speech.html';

interface TreeRow {
  level: number;
  text: string;
  enumeration: boolean;
  /** aria-level of the nearest enclosing treeitem, 0 at the top. */
  parentLevel: number;
  parentEnumeration: boolean;
}

/** Every treeitem of the panel with its level and its parent's, read from the DOM nesting. */
function treeRows(page: Page): Promise<TreeRow[]> {
  return page.evaluate(() => {
    const root = document.querySelector('lectern-panel')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll('[role="treeitem"]')].map((item) => {
      const parent = item.parentElement?.closest('[role="treeitem"]') ?? null;
      return {
        level: Number(item.getAttribute('aria-level')),
        text: item.querySelector('.outline-text')?.textContent ?? '',
        enumeration: item.classList.contains('outline-enumeration'),
        parentLevel: parent ? Number(parent.getAttribute('aria-level')) : 0,
        parentEnumeration: parent?.classList.contains('outline-enumeration') ?? false,
      };
    });
  });
}

const speakersTab = (page: Page) => page.locator('lectern-panel [role="tab"]').filter({ hasText: /^(发言|Speakers)$/ });

describe('outline structures in Chromium', () => {
  const env = useExtensionBrowser();

  it('shows all four levels of the Word-exported speech, nested, with no enumeration above a numbered heading', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(WORD_PAGE));
      expect(await panelPresent(page)).toBe(true);
      await expect.poll(async () => (await treeRows(page)).length, { timeout: 10_000 }).toBeGreaterThan(20);
      const rows = await treeRows(page);
      const numbered = rows.filter((row) => !row.enumeration);
      expect(new Set(numbered.map((row) => row.level))).toEqual(new Set([1, 2, 3, 4]));
      expect(numbered.filter((row) => row.level === 1).map((row) => row.text)).toEqual([
        '一、充分肯定2025年全市教育工作取得的成绩',
        '二、清醒认识当前教育发展面临的形势',
        '三、扎实做好2026年教育重点工作',
      ]);
      expect(numbered.filter((row) => row.level === 4).map((row) => row.text)).toEqual([
        '（1）集团化办学提质扩面', '（2）城乡结对帮扶走深走实', '（1）完善课程体系', '（2）深化评价改革',
      ]);
      expect(numbered).toHaveLength(24);
      for (const row of rows) {
        // Each item sits inside the item one level up (the tree nests by aria-level).
        expect(row.parentLevel, row.text).toBe(row.level - 1);
        // Nothing hangs under an enumeration, and an enumeration is never a top-level item here.
        expect(row.parentEnumeration, row.text).toBe(false);
        if (row.enumeration) expect(row.level, row.text).toBeGreaterThanOrEqual(3);
      }
      expect(rows.filter((row) => row.enumeration).map((row) => row.text)).toContain('一是思政课建设不断加强');
      expect(rows.some((row) => row.text.startsWith('一是总结'))).toBe(false);
      // A speech, not a transcript: no Speakers view.
      expect(await speakersTab(page).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('offers the Speakers view on transcripts: turns jump to their paragraph and follow the reading position', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(BRIEFING));
      expect(await panelPresent(page)).toBe(true);
      await speakersTab(page).click();
      const turns = page.locator('lectern-panel .speaker-turn');
      await expect.poll(() => turns.count()).toBe(9);
      expect(await page.locator('lectern-panel .speaker-name').allTextContents()).toEqual([
        'THE PRESIDENT', 'Q', 'THE PRESIDENT', 'Q', 'THE PRESIDENT', 'MS. ALVAREZ', 'THE PRESIDENT', 'Q', 'THE PRESIDENT',
      ]);
      expect((await page.locator('lectern-panel .speaker-words').allTextContents()).some((t) => /applause|laughter/i.test(t))).toBe(false);

      await turns.nth(7).click();
      const questionTop = () =>
        page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('will the bridge be finished'));
          return p ? p.getBoundingClientRect().top : null;
        });
      await expect.poll(questionTop, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
      await expect.poll(questionTop, { timeout: 5_000 }).toBeLessThanOrEqual(150);
      // Let the jump's smooth scroll come to rest first: under load it was still moving, and
      // carried the page back past the hand scroll below (a fresh-clone CI run, 1 Dec).
      let last: number | null = null;
      await expect.poll(async () => last === (last = await questionTop()), { timeout: 5_000, interval: 150 }).toBe(true);

      // Scrolling by hand to an earlier turn moves the mark there.
      await page.evaluate(() => {
        const label = [...document.querySelectorAll('p')].find((el) => el.textContent === 'MS. ALVAREZ:');
        window.scrollTo({ top: label!.getBoundingClientRect().top + window.scrollY - 40, behavior: 'instant' });
      });
      const current = page.locator('lectern-panel .speaker-turn[aria-current="location"] .speaker-name');
      await expect.poll(() => current.allTextContents()).toEqual(['MS. ALVAREZ']);
    } finally {
      await page.close();
    }

    const qa = await env.browser.context.newPage();
    try {
      await qa.goto(env.server.url(QA_TRANSCRIPT));
      expect(await panelPresent(qa)).toBe(true);
      await speakersTab(qa).click();
      const names = new Set(await qa.locator('lectern-panel .speaker-name').allTextContents());
      expect(names).toEqual(new Set(['THE VICE PRESIDENT', 'MS. HARMAN']));
    } finally {
      await qa.close();
    }
  });

  it('has no Speakers view on the demo speech', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(DEMO));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      expect(await page.locator('lectern-panel [role="tab"]').count()).toBeGreaterThan(0); // its 提纲 tab
      expect(await speakersTab(page).count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
