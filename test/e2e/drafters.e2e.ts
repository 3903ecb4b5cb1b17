// Issue 15 in Chromium: copy the outline, clip a whole section, pick up where you
// stopped, study notes of the demo speech — one profile, so the journeys build on each other.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highlightTexts,
  launchWithExtension,
  newProfileDir,
  openExtensionPage,
  removeProfileDir,
  sendRuntimeMessage,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const DEMO = 'demo/wentop-speech.html';
const TITLE = '在全县树立和践行正确政绩观学习教育动员会上的讲话';
const W = '\u3000';
const ONE = '一、牢牢把握“为谁创造政绩”的根本立场,始终把人民至上刻在心中、落在行动';
const TWO = '二、科学回答“创造什么样政绩”的重要命题,始终把高质量发展作为鲜明导向';
const TWO_2 = '(二)创造泽被长远、利在千秋的潜政绩';
const TWO_3 = '(三)创造全面协调、绿色低碳的好政绩';
const THREE = '三、躬身践行“靠什么树牢政绩”的实践路径,始终把求真务实作为共产党员的必备品格';

interface Stored {
  text: string;
  sectionPath: string[];
  outline?: { level: number; text: string }[];
  anchor?: { quote: { exact: string } };
}

const panel = (page: Page) => page.locator('lectern-panel');
const treeItem = (page: Page, text: string) => panel(page).getByRole('treeitem', { name: text, exact: true });

async function openDemo(browser: ExtensionBrowser, server: FixtureServer): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(DEMO));
  await page.waitForSelector('lectern-panel [role="treeitem"]');
  return page;
}

/** The page's own text from the paragraph starting with `start` to the one starting with `next`, without whitespace. */
const sectionText = (page: Page, start: string, next: string) =>
  page.evaluate(
    ([from, to]) => {
      const paragraphs = [...document.querySelectorAll('#content p')];
      const find = (prefix: string) => paragraphs.find((p) => p.textContent!.trim().startsWith(prefix))!;
      const range = document.createRange();
      range.setStartBefore(find(from!));
      range.setEndBefore(find(to!));
      return range.toString().replace(/\s+/g, '');
    },
    [start, next],
  );
const squeeze = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, '')).sort();

async function storedExcerpts(browser: ExtensionBrowser, pageUrl: string): Promise<Stored[]> {
  const library = await openExtensionPage(browser, 'library.html');
  try {
    const reply = (await sendRuntimeMessage(library, { lectern: 1, type: 'excerpt:list', payload: { pageUrl } })) as { ok: boolean; value: Stored[] };
    expect(reply.ok).toBe(true);
    return reply.value;
  } finally {
    await library.close();
  }
}

describe('for drafters (issue 15)', () => {
  let server: FixtureServer;
  let profileDir: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    profileDir = await newProfileDir();
    browser = await launchWithExtension({ profileDir });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url('')).origin });
  });
  afterAll(async () => {
    await browser?.close();
    await server.close();
    await removeProfileDir(profileDir);
  });

  it('copies the outline as indented text, follows the level filter, and marks what the preview left out of the 提纲', async () => {
    const page = await openDemo(browser, server);
    try {
      await panel(page).getByRole('button', { name: '复制提纲', exact: true }).click();
      await expect.poll(() => panel(page).getByRole('status').filter({ hasText: '已复制' }).count()).toBe(1);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(
        [
          TITLE,
          ONE,
          `${W}${W}(一)政绩的源泉在人民,必须扎根群众找方向`,
          TWO,
          `${W}${W}(一)创造实实在在、不含水分的真政绩`,
          `${W}${W}${TWO_2}`,
          `${W}${W}${TWO_3}`,
          THREE,
          `${W}${W}(一)大兴调查研究,在察实情、出实招中夯实政绩基础`,
          `${W}${W}(二)坚持真抓实干,在抓落实、求实效中创造过硬政绩`,
        ].join('\n') + '\n',
      );

      // Level 1 only, as Markdown headings through the menu, by keyboard.
      await panel(page).getByRole('radio', { name: '1', exact: true }).check({ force: true });
      const more = panel(page).getByRole('button', { name: '更多提纲格式' });
      const focused = () => page.evaluate(() => document.querySelector('lectern-panel')!.shadowRoot!.activeElement?.textContent);
      await more.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(focused).toBe('复制为纯文本');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(focused).toBe('复制为 Markdown 标题');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`# ${TITLE}\n\n## ${ONE}\n\n## ${TWO}\n\n## ${THREE}\n`);

      // From the 提纲 view, downloaded: items the page did not deliver are marked.
      await panel(page).getByRole('tab', { name: '提纲' }).click();
      await panel(page).getByRole('button', { name: '更多提纲格式' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('menuitem', { name: '下载 .txt' }).click()]);
      // The file name (title + .txt) is checked in the unit tests: Chromium names a non-ASCII
      // download "download" when the machine has no UTF-8 locale for the UI language (as here).
      const file = await readFile((await download.path())!, 'utf8');
      expect(file.split('\n')).toEqual([
        TITLE,
        ONE,
        TWO,
        THREE,
        '四、不断校准“如何评价政绩”的科学标尺,始终把历史实践人民作为根本标准（预览中未包含）',
        '五、着力营造“怎样保障政绩”的生态氛围,始终把严管厚爱作为重要原则（预览中未包含）',
        '',
      ]);
    } finally {
      await page.close();
    }
  });

  let section = '';
  let sectionByKeyboard = '';

  it('saves a whole section from the item menu (mouse and keyboard), with its path and the outline, highlighted again after reload', async () => {
    const page = await openDemo(browser, server);
    try {
      section = await sectionText(page, TWO_2, TWO_3);
      await treeItem(page, TWO_2).click({ button: 'right' });
      await panel(page).getByRole('menuitem', { name: '摘录本节' }).click();
      await page.getByRole('dialog', { name: '摘录的备注和标签' }).waitFor();
      await page.getByRole('textbox', { name: '备注' }).fill('潜绩的写法');
      await page.getByRole('textbox', { name: '备注' }).press('Enter');
      await expect.poll(async () => squeeze(await highlightTexts(page))).toEqual([section]);

      // Keyboard: focus an item, Shift+F10 opens its menu, Enter saves.
      sectionByKeyboard = await sectionText(page, '(一)政绩的源泉在人民', TWO);
      expect(sectionByKeyboard).toContain('此处省略');
      expect(sectionByKeyboard).toContain('才能真正赢得群众的信任与拥护');
      await treeItem(page, '(一)政绩的源泉在人民,必须扎根群众找方向').focus();
      await page.keyboard.press('Shift+F10');
      await expect.poll(() => page.evaluate(() => document.querySelector('lectern-panel')!.shadowRoot!.activeElement?.textContent)).toBe('摘录本节');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: '摘录的备注和标签' }).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(async () => squeeze(await highlightTexts(page))).toEqual([section, sectionByKeyboard].sort());

      const stored = await storedExcerpts(browser, page.url());
      const clip = stored.find((e) => squeeze([e.text])[0] === section)!;
      expect(clip.sectionPath).toEqual([TWO, TWO_2]);
      expect(squeeze([clip.anchor!.quote.exact])).toEqual([section]);
      const keyboardClip = stored.find((e) => squeeze([e.text])[0] === sectionByKeyboard)!;
      expect(keyboardClip.sectionPath).toEqual([ONE, '(一)政绩的源泉在人民,必须扎根群众找方向']);
      // The first excerpt from the page carries the outline; the second does not repeat it.
      expect(clip.outline?.map((line) => line.text)).toContain(TWO_3);
      expect(clip.outline).toHaveLength(9);
      expect(keyboardClip.outline).toBeUndefined();

      await page.reload();
      await page.waitForSelector('lectern-panel [role="treeitem"]');
      await expect.poll(async () => squeeze(await highlightTexts(page))).toEqual([section, sectionByKeyboard].sort());
    } finally {
      await page.close();
    }
  });

  it('remembers the section in view and offers to continue there on the next visit', async () => {
    const first = await openDemo(browser, server);
    await treeItem(first, TWO_3).click();
    await expect.poll(() => treeItem(first, TWO_3).getAttribute('aria-current')).toBe('location');
    // Remembered after a quiet second, not on every scroll event.
    await first.waitForTimeout(1_800);
    await first.close();

    const page = await openDemo(browser, server);
    try {
      const line = panel(page).locator('.resume-line');
      await expect.poll(() => line.locator('.resume-where').textContent()).toBe(`上次读到：二、${TWO_3}`);
      expect(await treeItem(page, TWO_3).getAttribute('aria-current')).toBeNull();
      const more = panel(page).getByRole('button', { name: '更多提纲格式' });
      await more.click();
      await expect.poll(() => panel(page).getByRole('menu', { name: '提纲格式' }).count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel(page).getByRole('menu').count()).toBe(0);
      expect(await more.evaluate((button) => button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).activeElement === button)).toBe(true);

      const continueButton = panel(page).getByRole('button', { name: `继续阅读：${TWO} › ${TWO_3}` });
      await continueButton.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => treeItem(page, TWO_3).getAttribute('aria-current')).toBe('location');
      expect(await line.count()).toBe(0);
      const top = await page.evaluate((start) => {
        const p = [...document.querySelectorAll('#content p')].find((el) => el.textContent!.trim().startsWith(start))!;
        return p.getBoundingClientRect().top;
      }, TWO_3);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(300);
    } finally {
      await page.close();
    }
  });

  it('exports the demo speech as study notes: its outline, then its excerpts in reading order under their sections', async () => {
    const library = await openExtensionPage(browser, 'library.html');
    try {
      await library.getByRole('radio', { name: '按讲话和章节' }).check();
      const speech = library.locator('section.speech-group').filter({ has: library.getByRole('heading', { level: 2, name: `《${TITLE}》` }) });
      await speech.locator('summary').click();
      await expect.poll(() => speech.locator('details li').allTextContents()).toContain(TWO_2);
      const [download] = await Promise.all([library.waitForEvent('download'), speech.getByRole('button', { name: '导出为学习笔记' }).click()]);
      const notes = await readFile((await download.path())!, 'utf8');
      // File name: see the note in the copy test (checked in test/unit/library/study-sheet.test.tsx).
      expect(notes.startsWith(`# ${TITLE}\n`)).toBe(true);
      expect(notes).toContain(`来源：<${server.url(DEMO)}>`);
      const outlineAt = notes.indexOf('## 提纲');
      expect(notes.slice(outlineAt)).toContain(`- ${ONE}\n  - (一)政绩的源泉在人民,必须扎根群众找方向\n- ${TWO}\n`);
      // Reading order: section 一(一) before 二(二), each under its heading, the note after its excerpt.
      const excerptsAt = notes.indexOf('## 摘录');
      expect(excerptsAt).toBeGreaterThan(outlineAt);
      const oneHeading = notes.indexOf(`### ${ONE}`, excerptsAt);
      const firstClip = notes.indexOf(sectionByKeyboard.slice(0, 20), excerptsAt);
      const twoHeading = notes.indexOf(`### ${TWO}`, excerptsAt);
      const secondClip = notes.indexOf(section.slice(0, 20), excerptsAt);
      expect(oneHeading).toBeGreaterThan(excerptsAt);
      expect(firstClip).toBeGreaterThan(oneHeading);
      expect(twoHeading).toBeGreaterThan(firstClip);
      expect(secondClip).toBeGreaterThan(notes.indexOf(`#### ${TWO_2}`, twoHeading));
      expect(notes.indexOf('潜绩的写法')).toBeGreaterThan(secondClip);
    } finally {
      await library.close();
    }
  });
});
