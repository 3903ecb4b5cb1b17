import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { LecternDB } from '../../../utils/db/schema';
import { withCitation } from '../../../utils/excerpts/format';
import { installLocale } from '../../helpers/i18n';
import { cardTexts, freshDb, renderLibrary, seed, THREE, useLibraryDb } from './fixtures';

function card(text: string): HTMLElement {
  return screen.getByText(text).closest('li.excerpt') as HTMLElement;
}

describe('LibraryPage: editing, deleting, copying', () => {
  let db: LecternDB;
  useLibraryDb((fresh) => (db = fresh));

  it('edits note and tags inline: Enter adds a tag, Save persists and recomputes the index', async () => {
    const [first] = await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('button', { name: '编辑笔记和标签' }));
    const note = screen.getByRole('textbox', { name: '笔记' });
    expect(document.activeElement).toBe(note);
    fireEvent.input(note, { target: { value: '写材料时用' } });
    const tagField = screen.getByRole('textbox', { name: '添加标签' });
    fireEvent.input(tagField, { target: { value: '调查研究' } });
    fireEvent.keyDown(tagField, { key: 'Enter' });
    expect(within(card(THREE[0]!.text)).getByRole('button', { name: '移除标签 调查研究' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '移除标签 群众路线' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await screen.findByText('笔记和标签已保存。');
    const stored = await db.excerpts.get(first!.id);
    expect(stored).toMatchObject({ note: '写材料时用', tags: ['调查研究'] });
    expect(stored!.updatedAt).toBeGreaterThan(first!.updatedAt);
    expect((await db.search.where('terms').equals('材料').primaryKeys()).map(([, id]) => id)).toEqual([first!.id]);
    await waitFor(() => expect(within(card(THREE[0]!.text)).getByText('写材料时用')).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('编辑笔记和标签'));
  });

  it('Esc cancels an edit and writes nothing', async () => {
    const [first] = await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('button', { name: '编辑笔记和标签' }));
    const note = screen.getByRole('textbox', { name: '笔记' });
    fireEvent.input(note, { target: { value: '不会保存' } });
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: '笔记' })).toBeNull();
    expect(await db.excerpts.get(first!.id)).toEqual(first);
  });

  it('deletes with an undo that restores the excerpt exactly', async () => {
    const saved = await seed(db, THREE);
    const before = await db.excerpts.get(saved[1]!.id);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[1]!.text)).getByRole('button', { name: '删除' }));
    await screen.findByText('已删除 1 条摘录。');
    await waitFor(() => expect(cardTexts(container)).not.toContain(THREE[1]!.text));
    expect(await db.excerpts.get(saved[1]!.id)).toBeUndefined();
    const undo = screen.getByRole('button', { name: '撤销' });
    expect(document.activeElement).toBe(undo);

    fireEvent.click(undo);
    await screen.findByText('已撤销：删除的摘录已恢复。');
    await waitFor(() => expect(cardTexts(container)).toEqual([THREE[2]!.text, THREE[1]!.text, THREE[0]!.text]));
    expect(await db.excerpts.get(saved[1]!.id)).toEqual(before);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('after a pointer click the undo offer leaves focus alone and expires, keeping the deletion', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db, { undoMs: 50 });
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('button', { name: '删除' }), { detail: 1 });
    const undo = await screen.findByRole('button', { name: '撤销' });
    expect(document.activeElement).not.toBe(undo);
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤销' })).toBeNull());
    expect(await db.excerpts.count()).toBe(2);
  });

  it('focus on the undo offer holds it open until focus moves on', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db, { undoMs: 50 });
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('button', { name: '删除' }));
    const undo = await screen.findByRole('button', { name: '撤销' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(undo.isConnected).toBe(true);
    fireEvent.focusOut(undo, { relatedTarget: document.body });
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤销' })).toBeNull());
    expect(await db.excerpts.count()).toBe(2);
  });

  it('deletes the selected excerpts together', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('checkbox'));
    fireEvent.click(within(card(THREE[2]!.text)).getByRole('checkbox'));
    await screen.findByText('已选 2 条');
    fireEvent.click(screen.getByRole('button', { name: '删除所选' }));
    await screen.findByText('已删除 2 条摘录。');
    await waitFor(() => expect(cardTexts(container)).toEqual([THREE[1]!.text]));
    expect(screen.queryByText('已选 2 条')).toBeNull();
  });

  it('copies one excerpt with its citation and reports it; a refusal is reported too', async () => {
    const [first] = await seed(db, THREE);
    const { container, clipboard } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('button', { name: '复制（含出处）' }));
    await screen.findByText('已复制摘录及出处。');
    expect(clipboard.writeText).toHaveBeenCalledWith(withCitation(first!));
    expect(clipboard.writeText.mock.calls[0]![0]).toContain('《在全县动员会上的讲话》 › 一、提高政治站位 — https://www.wentop.com/speech/1.html');

    clipboard.writeText.mockImplementation(vi.fn(async () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'))));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('button', { name: '复制（含出处）' }));
    const alert = await screen.findByText(/无法复制到剪贴板：Document is not focused/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('reports a failed save and keeps the editor open with the input', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(within(card(THREE[0]!.text)).getByRole('button', { name: '编辑笔记和标签' }));
    fireEvent.input(screen.getByRole('textbox', { name: '笔记' }), { target: { value: '保存会失败' } });
    const put = vi.spyOn(db.excerpts, 'put').mockRejectedValue(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText(/笔记和标签未保存：浏览器分给讲稿伴读的存储空间已满/);
    expect((screen.getByRole('textbox', { name: '笔记' }) as HTMLTextAreaElement).value).toBe('保存会失败');
    put.mockRestore();
  });
});
