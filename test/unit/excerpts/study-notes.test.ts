import { describe, expect, it } from 'vitest';
import { toJsonExport } from '../../../utils/excerpts/format';
import { parseImport } from '../../../utils/excerpts/import';
import type { Excerpt } from '../../../utils/excerpts/model';
import { savedOutline, studyNotes, studyNotesDocx } from '../../../utils/excerpts/study-notes';
import { docxParagraphs, docxText } from '../../helpers/docx';

const labels = { source: '来源', date: '日期', outline: '提纲', excerpts: '摘录', unplaced: '未归入章节' };
const outline = [
  { level: 1, text: '一、提高政治站位' },
  { level: 2, text: '（一）深刻认识意义' },
  { level: 1, text: '二、压实工作责任' },
];

function excerpt(id: string, start: number, sectionPath: string[], fields: Partial<Excerpt> = {}): Excerpt {
  return {
    id,
    text: `摘录${id}`,
    note: '',
    tags: [],
    pageUrl: 'https://a.cn/s.html',
    pageTitle: 'page',
    speechTitle: '在全市工作会议上的讲话',
    sectionPath,
    host: 'a.cn',
    createdAt: new Date(2026, 2, 8, 12).getTime() + start,
    updatedAt: 0,
    anchor: { quote: { exact: `摘录${id}`, prefix: '', suffix: '' }, position: { start, end: start + 3 } },
    ...fields,
  };
}

describe('study notes', () => {
  // Saved out of reading order; the first saved carries the outline.
  const list = [
    excerpt('c', 300, ['二、压实工作责任']),
    excerpt('a', 100, ['一、提高政治站位', '（一）深刻认识意义'], { outline, note: '可用于开头', createdAt: 1 }),
    excerpt('b', 200, ['一、提高政治站位', '（一）深刻认识意义']),
    excerpt('z', 10, []),
  ];

  it('writes title, source, date, the saved outline, then excerpts with notes under their headings in reading order', () => {
    const md = studyNotes(list, labels);
    expect(md.startsWith('# 在全市工作会议上的讲话\n\n来源：<https://a.cn/s.html>  \n日期：1970-01-01\n\n## 提纲\n\n- 一、提高政治站位\n  - （一）深刻认识意义\n- 二、压实工作责任\n')).toBe(true);
    const body = md.slice(md.indexOf('## 摘录'));
    const order = ['### 未归入章节', '> 摘录z', '### 一、提高政治站位', '#### （一）深刻认识意义', '> 摘录a', '可用于开头', '> 摘录b', '### 二、压实工作责任', '> 摘录c'];
    let at = 0;
    for (const piece of order) {
      const found = body.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(at);
      at = found + piece.length;
    }
    expect(body.match(/#### （一）深刻认识意义/g)).toHaveLength(1);
  });

  it('opens the headings of the first excerpt’s path, when the first excerpt sits in a section', () => {
    const md = studyNotes([excerpt('a', 100, ['一、提高政治站位', '（一）深刻认识意义'])], labels);
    expect(md).toContain('## 摘录\n\n### 一、提高政治站位\n\n#### （一）深刻认识意义\n\n> 摘录a');
  });

  it('writes the same notes as a Word file in 公文 layout: headings by layer, passages in 仿宋, notes and tags in 楷体', async () => {
    const tagged = [...list.slice(0, 3), excerpt('z', 10, [], { tags: ['开头', '数据'] })];
    const file = studyNotesDocx(tagged, labels)!;
    expect(await docxText(file)).toEqual([
      '在全市工作会议上的讲话',
      '来源：https://a.cn/s.html',
      '日期：1970-01-01',
      '提纲',
      '一、提高政治站位',
      '（一）深刻认识意义',
      '二、压实工作责任',
      '摘录',
      '未归入章节',
      '摘录z',
      '#开头 #数据',
      '一、提高政治站位',
      '（一）深刻认识意义',
      '摘录a',
      '可用于开头',
      '摘录b',
      '二、压实工作责任',
      '摘录c',
    ]);
    const { paragraphs } = await docxParagraphs(file);
    const faceOf = (text: string) => paragraphs.filter((p) => p.text === text).map((p) => [p.face, p.indent]);
    expect(faceOf('在全市工作会议上的讲话')).toEqual([['方正小标宋简体', null]]);
    // In the outline, nested lines indent two characters more; under 摘录 the speech's headings take their layer's face.
    expect(faceOf('（一）深刻认识意义')).toEqual([['仿宋', '1280'], ['楷体', '640']]);
    expect(faceOf('一、提高政治站位')).toEqual([['仿宋', '640'], ['黑体', '640']]);
    expect(faceOf('摘录a')).toEqual([['仿宋', '640']]);
    expect(faceOf('可用于开头')).toEqual([['楷体', '640']]);
    expect(faceOf('#开头 #数据')).toEqual([['楷体', '640']]);
    expect(studyNotesDocx([], labels)).toBeNull();
  });

  it('takes the outline from the earliest excerpt that carries one', () => {
    expect(savedOutline(list)).toEqual(outline);
    expect(savedOutline([excerpt('x', 1, [])])).toBeNull();
  });

  it('keeps the outline through export and import', () => {
    const parsed = parseImport(toJsonExport(list));
    expect(parsed.ok && parsed.excerpts.find((e) => e.id === 'a')?.outline).toEqual(outline);
  });
});
