import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../utils/db/schema';
import { installLocale } from '../../helpers/i18n';
import { cardTexts, draft, freshDb, renderLibrary, seed } from './fixtures';

const OUTLINE = [
  { level: 1, text: '一、提高政治站位' },
  { level: 2, text: '（一）深刻认识意义' },
  { level: 1, text: '二、突出工作重点' },
];

describe('LibraryPage: a study sheet per speech', () => {
  let db: LecternDB;
  beforeEach(async () => {
    installLocale('zh_CN');
    db = freshDb();
    // Saved out of reading order; only the first saved carries the outline.
    await seed(db, [
      draft({ text: '第二部分的一段', sectionPath: ['二、突出工作重点'], outline: OUTLINE, anchor: anchorAt(500) }),
      draft({ text: '第一部分的一段', sectionPath: ['一、提高政治站位', '（一）深刻认识意义'], note: '开头可用', anchor: anchorAt(100) }),
      draft({ text: 'Another speech', pageUrl: 'https://example.org/other', speechTitle: 'Other remarks', sectionPath: [] }),
    ]);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('shows the saved outline folded under its speech, and exports study notes as one Markdown file', async () => {
    const { container, downloads } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    fireEvent.click(screen.getByRole('radio', { name: '按讲话和章节' }));

    const speech = screen.getByRole('heading', { level: 2, name: '《在全县动员会上的讲话》' }).closest('section')!;
    const outline = speech.querySelector('details')!;
    expect(outline.open).toBe(false);
    expect(outline.querySelector('summary')!.textContent).toBe('提纲（3 项）');
    expect([...outline.querySelectorAll('li')].map((li) => li.textContent)).toEqual(OUTLINE.map((line) => line.text));
    // The other speech has no saved outline: no empty box.
    const other = screen.getByRole('heading', { level: 2, name: '《Other remarks》' }).closest('section')!;
    expect(other.querySelector('details')).toBeNull();

    fireEvent.click(within(speech).getByRole('button', { name: '导出为学习笔记' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = downloads[0]!;
    expect(file.filename).toBe('在全县动员会上的讲话 学习笔记.md');
    expect(file.mime).toBe('text/markdown;charset=utf-8');
    const text = file.content;
    expect(text.startsWith('# 在全县动员会上的讲话\n')).toBe(true);
    expect(text).toContain('## 提纲\n\n- 一、提高政治站位\n  - （一）深刻认识意义\n- 二、突出工作重点\n');
    // Excerpts in reading order, under their headings, the note kept; the other speech left out.
    const first = text.indexOf('第一部分的一段');
    expect(first).toBeGreaterThan(text.indexOf('### 一、提高政治站位'));
    expect(text.indexOf('开头可用')).toBeGreaterThan(first);
    expect(text.indexOf('第二部分的一段')).toBeGreaterThan(text.indexOf('### 二、突出工作重点'));
    expect(text.indexOf('第二部分的一段')).toBeGreaterThan(first);
    expect(text).not.toContain('Another speech');
    await within(speech).findByText('已导出学习笔记 在全县动员会上的讲话 学习笔记.md');

    fireEvent.click(within(speech).getByRole('button', { name: '导出为 Word（公文格式）' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const word = downloads[1]!;
    expect([word.filename, word.mime]).toEqual(['在全县动员会上的讲话 学习笔记.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    // A stored ZIP archive: the document's runs read as UTF-8 in place.
    expect(word.content.startsWith('PK\u0003\u0004')).toBe(true);
    expect(word.content).toContain('<w:t xml:space="preserve">第一部分的一段');
    expect(word.content).not.toContain('Another speech');
    await within(speech).findByText('已导出学习笔记 在全县动员会上的讲话 学习笔记.docx');
  });
});

function anchorAt(start: number) {
  return { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start, end: start + 1 } };
}
