import { describe, expect, it } from 'vitest';
import { formatOutline, outlineFileName, type ExportItem, type ExportView } from '../../utils/outline-export';

const items: ExportItem[] = [
  { id: 'a', level: 1, text: '一、提高政治站位', kind: 'numbered' },
  { id: 'b', level: 2, text: '（一）深刻认识重大意义', kind: 'numbered' },
  { id: 'c', level: 3, text: '一是抓学习', kind: 'enumeration' },
  { id: 'd', level: 3, text: '1．目标体系', kind: 'numbered' },
  { id: 'e', level: 1, text: '二、压实工作责任', kind: 'numbered' },
  { id: 'f', level: 1, text: '三、加强组织领导', kind: 'numbered', missing: true },
];
const all: ExportView = { levelFilter: 'all', showEnumerations: true, missingMark: '（预览中未包含）' };

describe('formatOutline', () => {
  it('writes plain text: the title first, one heading a line, two full-width spaces per nested level', () => {
    expect(formatOutline('在全市工作会议上的讲话', items, all, 'text')).toBe(
      [
        '在全市工作会议上的讲话',
        '一、提高政治站位',
        '\u3000\u3000（一）深刻认识重大意义',
        '\u3000\u3000\u3000\u3000一是抓学习',
        '\u3000\u3000\u3000\u30001．目标体系',
        '二、压实工作责任',
        '三、加强组织领导（预览中未包含）',
        '',
      ].join('\n'),
    );
  });

  it('follows the panel: the level filter and hidden enumerations', () => {
    expect(formatOutline('T', items, { ...all, levelFilter: 1 }, 'text')).toBe('T\n一、提高政治站位\n二、压实工作责任\n三、加强组织领导（预览中未包含）\n');
    const noEnumerations = formatOutline('T', items, { ...all, showEnumerations: false }, 'text');
    expect(noEnumerations).not.toContain('一是抓学习');
    expect(noEnumerations).toContain('\u3000\u3000\u3000\u30001．目标体系');
  });

  it('writes Markdown as a nested list or as headings by level, escaping page text', () => {
    const list = formatOutline('讲话', [...items.slice(0, 2), { id: 'x', level: 1, text: '*重点* <b>', kind: 'heading' }], all, 'markdown-list');
    expect(list).toBe('# 讲话\n\n- 一、提高政治站位\n  - （一）深刻认识重大意义\n- \\*重点\\* \\<b\\>\n');
    const headings = formatOutline('讲话', items.slice(0, 2), all, 'markdown-headings');
    expect(headings).toBe('# 讲话\n\n## 一、提高政治站位\n\n### （一）深刻认识重大意义\n');
  });

  it('makes a safe file name from the title', () => {
    expect(outlineFileName('关于"三会一课"的讲话/提纲', 'text')).toBe('关于 三会一课 的讲话 提纲.txt');
    expect(outlineFileName('  ', 'markdown-list')).toBe('outline.md');
    expect(outlineFileName('在全市工作会议上的讲话', 'docx')).toBe('在全市工作会议上的讲话.docx');
  });
});
