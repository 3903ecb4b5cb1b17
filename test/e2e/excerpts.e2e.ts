import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  newProfileDir,
  openExtensionPage,
  removeProfileDir,
  selectText,
  highlightTexts,
  serveFixtures,
  type FixtureServer,
} from './harness';

const SPEECH = 'corpus/shaoxingyizhong/item-13096.html';
const DEMO = 'demo/wentop-speech.html';
const PASSAGE = '学校队伍建设还远远没有完成';

describe('excerpts on the live page', () => {
  let server: FixtureServer;
  let profileDir: string;
  let passage = '';

  beforeAll(async () => {
    server = await serveFixtures();
    profileDir = await newProfileDir();
  });
  afterAll(async () => {
    await server.close();
    await removeProfileDir(profileDir);
  });

  it('saves a selection with a note and a tag, under its section, acknowledged by the background', async () => {
    const browser = await launchWithExtension({ profileDir });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(SPEECH));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      passage = await page.evaluate((start) => {
        const text = document.body.textContent ?? '';
        const at = text.indexOf(start);
        return text.slice(at, text.indexOf('。', at) + 1);
      }, PASSAGE);
      expect(passage.length).toBeGreaterThan(PASSAGE.length);
      await selectText(page, passage);
      const save = page.getByRole('button', { name: '摘录', exact: true });
      await save.click();
      const note = page.getByRole('textbox', { name: '备注' });
      await note.fill('可用于人才工作总结');
      await page.getByRole('textbox', { name: '标签' }).fill('人才, 队伍建设');
      await note.press('Enter');
      await expect.poll(() => page.getByRole('dialog', { name: '摘录的备注和标签' }).count()).toBe(0);
      await expect.poll(() => highlightTexts(page)).toEqual([passage]);

      const panelItem = page.locator('lectern-panel .page-excerpts .excerpt-item');
      await expect.poll(() => panelItem.allTextContents()).toEqual([passage]);
      const group = await page.locator('lectern-panel .page-excerpts .excerpt-group-title').first().textContent();
      expect(group).toBe('2.队伍建设方面');

      const library = await openExtensionPage(browser, 'library.html');
      await expect.poll(() => library.getByText(passage).count()).toBe(1);
      const card = await library.locator('body').textContent();
      expect(card).toContain('三、学校未来及2020学年后一阶段工作计划 › （二）问题导向 › 2.队伍建设方面');
      expect(card).toContain('可用于人才工作总结');
      expect(card).toContain('队伍建设');
    } finally {
      await browser.close();
    }
  });

  it('highlights it again on revisit, after a browser restart', async () => {
    const browser = await launchWithExtension({ profileDir });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(`${SPEECH}?utm_source=wechat#top`));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      await expect.poll(() => highlightTexts(page)).toEqual([passage]);
      await page.locator('lectern-panel .page-excerpts .excerpt-item').click();
      await expect
        .poll(() => page.locator('mark[data-lectern-highlight]').first().evaluate((mark) => mark.getBoundingClientRect().top))
        .toBeLessThan(900);
    } finally {
      await browser.close();
    }
  });

  it('saves a paragraph by picking it where the site blocks selecting text', async () => {
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(DEMO));
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      const userSelect = await page.locator('#content').evaluate((el) => getComputedStyle(el).userSelect);
      expect(userSelect).toBe('none');
      await page.locator('lectern-panel').getByRole('button', { name: '点选段落' }).click();
      const paragraph = page.locator('#content p').filter({ hasText: '(二)创造泽被长远' });
      await paragraph.click();
      await page.getByRole('dialog', { name: '摘录的备注和标签' }).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => highlightTexts(page)).toEqual([(await paragraph.textContent())!.trim()]);
      await expect
        .poll(() => page.locator('lectern-panel .page-excerpts .excerpt-group-title').first().textContent())
        .toBe('(二)创造泽被长远、利在千秋的潜政绩');
    } finally {
      await browser.close();
    }
  });
});
