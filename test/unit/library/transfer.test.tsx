import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../utils/db/schema';
import { toCsv, toJsonExport, toMarkdown, toPlainText } from '../../../utils/excerpts/format';
import { MAX_IMPORT_BYTES } from '../../../utils/excerpts/import';
import type { Excerpt } from '../../../utils/excerpts/model';
import { installLocale } from '../../helpers/i18n';
import { cardTexts, freshDb, NOW, renderLibrary, seed, THREE } from './fixtures';

// Export and import code is loaded on first use (a dynamic import): allow for that on a busy machine.
const LAZY = { timeout: 5_000 };

const exportGroup = () => screen.getByRole('group', { name: /导出/ });

function chooseFile(file: File): void {
  const input = document.getElementById('library-import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('LibraryPage: export and import', () => {
  let db: LecternDB;
  let saved: Excerpt[];
  beforeEach(async () => {
    installLocale('zh_CN');
    db = freshDb();
    saved = await seed(db, THREE);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  async function ready() {
    const view = renderLibrary(db);
    await waitFor(() => expect(cardTexts(view.container)).toHaveLength(3));
    // The count comes with the filters' values, read after the first rows.
    await screen.findByText('共 3 条摘录', {}, LAZY);
    expect(exportGroup().textContent).toContain('导出全部（3 条）为');
    return view;
  }

  it('exports all excerpts in each format, named by the date', async () => {
    const { downloads } = await ready();
    const newestFirst = [...saved].reverse();
    const cases = [
      ['Markdown', 'lectern-excerpts-2026-11-26.md', 'text/markdown;charset=utf-8', toMarkdown(newestFirst)],
      ['纯文本', 'lectern-excerpts-2026-11-26.txt', 'text/plain;charset=utf-8', toPlainText(newestFirst)],
      ['CSV', 'lectern-excerpts-2026-11-26.csv', 'text/csv;charset=utf-8', toCsv(newestFirst)],
      ['JSON（可再导入）', 'lectern-excerpts-2026-11-26.json', 'application/json;charset=utf-8', toJsonExport(newestFirst, NOW)],
    ] as const;
    for (const [button, filename, mime, content] of cases) {
      fireEvent.click(within(exportGroup()).getByRole('button', { name: button }));
      await waitFor(() => expect(downloads.at(-1)?.filename).toBe(filename));
      expect(downloads.at(-1)).toEqual({ filename, mime, content });
    }
    expect(downloads).toHaveLength(4);
    expect(downloads[0]!.content).toContain('## 《在全县动员会上的讲话》');
    expect(downloads[0]!.content).toContain('> 人民群众是历史的创造者');
    await screen.findByText('已导出 3 条摘录到 lectern-excerpts-2026-11-26.json。', {}, LAZY);
  });

  it('exports only the selected excerpts, or only the matching ones', async () => {
    const { container, downloads } = await ready();
    fireEvent.click(screen.getByLabelText(/选择：人民群众/));
    await waitFor(() => expect(exportGroup().textContent).toContain('导出所选（1 条）为'));
    fireEvent.click(within(exportGroup()).getByRole('button', { name: 'JSON（可再导入）' }));
    await waitFor(() => expect(downloads).toHaveLength(1), LAZY);
    expect(JSON.parse(downloads[0]!.content).excerpts.map((e: Excerpt) => e.id)).toEqual([saved[0]!.id]);

    fireEvent.click(screen.getByRole('button', { name: '取消选择' }));
    fireEvent.change(screen.getByRole('combobox', { name: '标签' }), { target: { value: '发展' } });
    await waitFor(() => expect(cardTexts(container)).toHaveLength(2));
    fireEvent.click(within(exportGroup()).getByRole('button', { name: '纯文本' }));
    await waitFor(() => expect(downloads).toHaveLength(2), LAZY);
    expect(downloads[1]!.content).toBe(toPlainText([saved[2]!, saved[1]!]));
  });

  it('imports a valid export: adds what is new, skips what is present', async () => {
    const other = freshDb();
    const [incoming] = await seed(other, [{ ...THREE[0]!, text: '导入的新摘录' }], NOW - 1);
    const file = toJsonExport([incoming!, saved[0]!], NOW);
    await other.delete();

    const { container } = await ready();
    chooseFile(new File([file], 'lectern.json', { type: 'application/json' }));
    await screen.findByText('导入完成：新增 1 条，跳过 1 条（已存在）。', {}, LAZY);
    await waitFor(() => expect(cardTexts(container)[0]).toBe('导入的新摘录'));
    expect(await db.excerpts.get(incoming!.id)).toEqual(incoming);
  });

  it('rejects a malformed file with a headline and the reason, changing nothing', async () => {
    const before = await db.excerpts.toArray();
    await ready();
    chooseFile(new File(['{"format":"lectern-excerpts","version":1,"excerpts":[{"id":"x"'], 'broken.json'));
    const headline = await screen.findByText('未导入任何内容：该文件不是有效的讲稿伴读导出文件。', {}, LAZY);
    const notice = headline.closest('.notice-error')!;
    expect(notice.closest('[role="alert"]')).toBeTruthy();
    expect(notice.querySelector('.notice-detail')!.textContent).toMatch(/Not valid JSON/);
    expect(await db.excerpts.toArray()).toEqual(before);

    chooseFile(new File([JSON.stringify({ format: 'something-else', excerpts: [] })], 'foreign.json'));
    await screen.findByText(/"format" is "something-else"/);
    expect(await db.excerpts.toArray()).toEqual(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    await ready();
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    huge.text = () => Promise.reject(new Error('must not be read'));
    chooseFile(huge);
    await screen.findByText('未导入任何内容：文件大于 50 MB。', {}, LAZY);
    expect(await db.excerpts.count()).toBe(3);
  });
});
