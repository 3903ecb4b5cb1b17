import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, newProfileDir, openExtensionPage, removeProfileDir, sendRuntimeMessage } from './harness';

const SPEECH = {
  pageUrl: 'http://127.0.0.1/demo/wentop-speech.html',
  pageTitle: '在全县树立和践行正确政绩观学习教育动员会上的讲话 - 文鼎文库',
  speechTitle: '在全县树立和践行正确政绩观学习教育动员会上的讲话',
};
const MASSES = {
  ...SPEECH,
  text: '始终把人民群众的利益放在第一位，这是检验政绩的根本标准',
  note: '',
  tags: ['政绩观'],
  sectionPath: ['一、提高政治站位', '（二）坚持人民至上'],
  anchor: { quote: { exact: '始终把人民群众的利益放在第一位', prefix: '我们要', suffix: '，这是' }, position: { start: 120, end: 135 } },
};
const GROWTH = { ...SPEECH, text: '高质量发展是首要任务', note: 'Growth', tags: ['发展'], sectionPath: ['二、突出工作重点'] };

const cards = (page: Page) => page.locator('.excerpt-text').allTextContents();

async function downloadFrom(page: Page, button: string, saveTo: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  await download.saveAs(saveTo);
  return { name: download.suggestedFilename(), text: await readFile(saveTo, 'utf8') };
}

/** axe-core in the page through the debugging protocol (the extension's CSP forbids injected script tags). */
async function axeViolations(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(node: Node): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const exportedExcerpts = (json: string) => (JSON.parse(json) as { excerpts: Array<Record<string, unknown>> }).excerpts;

describe('library page in Chromium', () => {
  let first: string;
  let second: string;
  let files: string;
  beforeAll(async () => {
    [first, second, files] = await Promise.all([newProfileDir(), newProfileDir(), mkdtemp(join(tmpdir(), 'lectern-library-'))]);
  });
  afterAll(async () => {
    await Promise.all([removeProfileDir(first), removeProfileDir(second), rm(files, { recursive: true, force: true })]);
  });

  it('lists saved excerpts live, searches Chinese, edits, exports, and imports into a fresh profile', async () => {
    const browser = await launchWithExtension({ profileDir: first });
    let json: string;
    try {
      const library = await openExtensionPage(browser, 'library.html');
      await library.waitForSelector('.library-results[data-ready="true"]');
      for (const draft of [MASSES, GROWTH]) {
        expect(await sendRuntimeMessage(library, { lectern: 1, type: 'excerpt:save', payload: draft })).toMatchObject({ ok: true });
      }
      // Saved by the background while the page was open: the list follows without a reload.
      await expect.poll(() => cards(library)).toEqual([GROWTH.text, MASSES.text]);

      await library.getByRole('searchbox').fill('群众');
      await expect.poll(() => cards(library)).toEqual([MASSES.text]);

      const card = library.locator('li.excerpt', { hasText: MASSES.text });
      await card.getByRole('button', { name: '编辑笔记和标签' }).click();
      await card.getByRole('textbox', { name: '笔记' }).fill('写材料时引用');
      await card.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => card.locator('.excerpt-note').textContent()).toBe('写材料时引用');

      await library.getByRole('button', { name: '清除搜索和筛选' }).click();
      await expect.poll(() => cards(library)).toHaveLength(2);

      const markdown = await downloadFrom(library, 'Markdown', join(files, 'export.md'));
      expect(markdown.name).toMatch(/^lectern-excerpts-\d{4}-\d{2}-\d{2}\.md$/);
      expect(markdown.text).toContain(`> ${MASSES.text}`);
      expect(markdown.text).toContain(`## 《${SPEECH.speechTitle}》`);
      expect(markdown.text).toContain(`—— 《${SPEECH.speechTitle}》 › 一、提高政治站位 › （二）坚持人民至上 — <${SPEECH.pageUrl}>`);
      expect(markdown.text).toContain('写材料时引用');

      const exported = await downloadFrom(library, 'JSON（可再导入）', join(files, 'export.json'));
      json = exported.text;
      expect(exported.name).toMatch(/\.json$/);
      expect(exportedExcerpts(json).map((e) => e.text)).toEqual([GROWTH.text, MASSES.text]);
      expect(exportedExcerpts(json)[1]).toMatchObject({ note: '写材料时引用', sectionPath: MASSES.sectionPath, anchor: MASSES.anchor });
    } finally {
      await browser.close();
    }

    const fresh = await launchWithExtension({ profileDir: second });
    try {
      const library = await openExtensionPage(fresh, 'library.html');
      await library.waitForSelector('.library-results[data-ready="true"]');
      expect(await cards(library)).toEqual([]);
      await library.locator('#library-import').setInputFiles(join(files, 'export.json'));
      await library.getByText('导入完成：新增 2 条，跳过 0 条（已存在）。').waitFor();
      await expect.poll(() => cards(library)).toEqual([GROWTH.text, MASSES.text]);
      await expect.poll(() => library.locator('.excerpt-source').last().textContent()).toContain('一、提高政治站位 › （二）坚持人民至上');

      const again = await downloadFrom(library, 'JSON（可再导入）', join(files, 'again.json'));
      expect(exportedExcerpts(again.text)).toEqual(exportedExcerpts(json));
    } finally {
      await fresh.close();
    }
  });

  // Uses the profile the previous test imported into.
  it('passes axe-core, colour contrast included, in light and dark schemes', async () => {
    const browser = await launchWithExtension({ profileDir: second });
    try {
      const library = await openExtensionPage(browser, 'library.html');
      await expect.poll(() => cards(library)).toHaveLength(2);
      await library.locator('li.excerpt').first().getByRole('button', { name: '删除' }).click();
      await library.getByRole('button', { name: '撤销' }).waitFor();
      for (const colorScheme of ['light', 'dark'] as const) {
        await library.emulateMedia({ colorScheme });
        expect(await axeViolations(library), colorScheme).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });
});
