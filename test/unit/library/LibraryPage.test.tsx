import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LecternDB } from '../../../utils/db/schema';
import { saveExcerpt } from '../../../utils/excerpts/store';
import { installLocale } from '../../helpers/i18n';
import { cardTexts, draft, freshDb, renderLibrary, seed, THREE, useLibraryDb } from './fixtures';

describe('LibraryPage: listing, search and filters', () => {
  let db: LecternDB;
  useLibraryDb((fresh) => (db = fresh));

  it('shows every excerpt newest first, with its count, and marks the list ready', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    expect(cardTexts(container)).toEqual([THREE[2]!.text, THREE[1]!.text, THREE[0]!.text]);
    expect(container.querySelector('.library-results')!.getAttribute('data-ready')).toBe('true');
    expect(performance.getEntriesByName('lectern:library:first-rows').length).toBeGreaterThan(0);
    await screen.findByText('共 3 条摘录');
    expect(screen.getAllByRole('list', { name: '摘录列表' })).toHaveLength(1);
  });

  it('shows first rows read ahead at once, then follows the live query', async () => {
    const saved = await seed(db, THREE);
    const ahead = [saved[2]!, saved[1]!];
    const { container } = renderLibrary(db, { firstRows: ahead });
    // In the first render, before any query answered.
    expect(cardTexts(container)).toEqual([THREE[2]!.text, THREE[1]!.text]);
    expect(container.querySelector('.library-results')!.getAttribute('data-ready')).toBe('true');
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
  });

  it('says so when the library is empty', async () => {
    renderLibrary(db);
    await screen.findByText(/还没有摘录/);
  });

  it('narrows to a two-character Chinese word and says how many match', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox', { name: '搜索摘录' }), { target: { value: '群众' } });
    await waitFor(() => expect(cardTexts(container)).toEqual([THREE[0]!.text]));
    expect(screen.getByText('找到 1 条摘录')).toBeTruthy();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'development' } });
    await waitFor(() => expect(cardTexts(container)).toEqual([THREE[1]!.text]));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '没有这个词' } });
    await screen.findByText('没有符合搜索和筛选条件的摘录。');
    expect(cardTexts(container)).toEqual([]);
  });

  it('filters by tag and by site, and clears them', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db);
    const tag = screen.getByRole('combobox', { name: '标签' });
    await waitFor(() => expect(within(tag).getAllByRole('option').map((o) => o.textContent)).toEqual(['全部标签', '发展', '群众路线']));
    fireEvent.change(tag, { target: { value: '发展' } });
    await waitFor(() => expect(cardTexts(container)).toEqual([THREE[2]!.text, THREE[1]!.text]));

    fireEvent.change(screen.getByRole('combobox', { name: '网站' }), { target: { value: 'www.wentop.com' } });
    await waitFor(() => expect(cardTexts(container)).toEqual([THREE[2]!.text]));

    fireEvent.click(screen.getByRole('button', { name: '清除搜索和筛选' }));
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    expect((screen.getByRole('combobox', { name: '标签' }) as HTMLSelectElement).value).toBe('');
  });

  it('groups by speech and by section in reading order', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(screen.getByRole('radio', { name: '按讲话和章节' }));
    const speeches = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(speeches).toEqual(['《在全县动员会上的讲话》', '《Remarks at the summit》']);
    const sections = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sections).toEqual(['一、提高政治站位', '二、突出工作重点 › （一）抓好发展', '未归入章节']);
  });

  it('pages long libraries: 50 cards, then more', async () => {
    await seed(db, Array.from({ length: 120 }, (_, i) => draft({ text: `第${i}条摘录` })));
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(50));
    expect(cardTexts(container)[0]).toBe('第119条摘录');
    fireEvent.click(screen.getByRole('button', { name: '显示更多' }));
    await waitFor(() => expect(cardTexts(container)).toHaveLength(100));
    await waitFor(() => expect(document.activeElement?.textContent).toContain('第69条摘录'));
    fireEvent.click(screen.getByRole('button', { name: '显示更多' }));
    await waitFor(() => expect(cardTexts(container)).toHaveLength(120));
    expect(screen.queryByRole('button', { name: '显示更多' })).toBeNull();
  });

  it('refreshes when an excerpt is saved elsewhere', async () => {
    await seed(db, THREE);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    await saveExcerpt(db, draft({ text: '新保存的一段' }), Date.now());
    await waitFor(() => expect(cardTexts(container)[0]).toBe('新保存的一段'));
    await screen.findByText('共 4 条摘录');
  });

  it('renders stored markup as literal text, and links only http(s) sources', async () => {
    const hostile = '<img src=x onerror=alert(1)><b>粗体</b>';
    await seed(db, [draft({ text: hostile, note: '<script>alert(2)</script>', tags: ['<i>t</i>'], pageUrl: 'javascript:alert(3)' })]);
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toEqual([hostile]));
    expect(container.querySelector('img, b, script, i')).toBeNull();
    expect(screen.getByText('<script>alert(2)</script>')).toBeTruthy();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getByText('javascript:alert(3)')).toBeTruthy();
  });

  it('shows English strings under the en locale', async () => {
    installLocale('en');
    await seed(db, THREE);
    renderLibrary(db);
    await screen.findByText('3 excerpts');
    expect(screen.getByRole('searchbox', { name: 'Search excerpts' })).toBeTruthy();
  });
});

describe('LibraryPage: a database that cannot be read', () => {
  let db: LecternDB;
  beforeEach(() => {
    installLocale('zh_CN');
    db = freshDb();
  });
  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    await db.delete();
  });

  it('says plainly that loading failed, and why', async () => {
    vi.spyOn(db.excerpts, 'orderBy').mockImplementation(() => {
      throw Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' });
    });
    renderLibrary(db);
    const alert = await screen.findByText('无法载入摘录：Internal error opening backing store');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.querySelector('.library-results')!.hasAttribute('data-ready')).toBe(false);
  });

  it('explains a database blocked by another Lectern page', async () => {
    renderLibrary(db);
    await screen.findByText('共 0 条摘录');
    db.on('blocked').fire(new Event('blocked'));
    const notice = await screen.findByText(/^摘录数据库被另一个打开的讲稿伴读页面占用/);
    expect(notice.closest('[role="alert"]')).toBeTruthy();
  });
});
