// The outline as a .docx: opened by mammoth (a .docx reader) for its text, and its
// document.xml read for the 公文 layout: faces by layer, sizes, indent, page.
import { describe, expect, it } from 'vitest';
import { DOCX_MIME } from '../../utils/docx';
import { outlineDocx } from '../../utils/outline-docx';
import type { ExportItem, ExportView } from '../../utils/outline-export';
import { docxParagraphs, docxText } from '../helpers/docx';

const items: ExportItem[] = [
  { id: 'a', level: 1, text: '一、提高政治站位', kind: 'numbered' },
  { id: 'b', level: 2, text: '（一）深刻认识重大意义', kind: 'numbered' },
  { id: 'c', level: 3, text: '一是抓学习', kind: 'enumeration' },
  { id: 'd', level: 3, text: '1．目标体系', kind: 'numbered' },
  { id: 'e', level: 4, text: '（1）分解到人', kind: 'numbered' },
  { id: 'f', level: 1, text: '二、压实工作责任 <&> "R&D"\u0007', kind: 'numbered' },
  { id: 'g', level: 1, text: '三、加强组织领导', kind: 'numbered', missing: true },
];
const all: ExportView = { levelFilter: 'all', showEnumerations: true, missingMark: '（预览中未包含）' };
const TITLE = '在全市工作会议上的讲话';

describe('outlineDocx', () => {
  it('is a Word document holding the title and the outline as the panel shows it', async () => {
    const file = outlineDocx(TITLE, items, all);
    expect(DOCX_MIME).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await docxText(file)).toEqual([
      TITLE,
      '一、提高政治站位',
      '（一）深刻认识重大意义',
      '一是抓学习',
      '1．目标体系',
      '（1）分解到人',
      '二、压实工作责任 <&> "R&D"',
      '三、加强组织领导（预览中未包含）',
    ]);
    expect(await docxText(outlineDocx(TITLE, items, { ...all, levelFilter: 2, showEnumerations: false }))).toEqual([
      TITLE,
      '一、提高政治站位',
      '（一）深刻认识重大意义',
      '二、压实工作责任 <&> "R&D"',
      '三、加强组织领导（预览中未包含）',
    ]);
  });

  it('lays it out as GB/T 9704 says: title 二号小标宋 centred, layers in 黑体 / 楷体 / 仿宋 / 仿宋 三号, indented two characters', async () => {
    const { doc, paragraphs } = await docxParagraphs(outlineDocx(TITLE, items, { ...all, showEnumerations: false }));
    expect(paragraphs).toEqual([
      { face: '方正小标宋简体', size: '44', indent: null, centred: true, text: TITLE },
      { face: null, size: null, indent: '640', centred: false, text: '' },
      { face: '黑体', size: '32', indent: '640', centred: false, text: '一、提高政治站位' },
      { face: '楷体', size: '32', indent: '640', centred: false, text: '（一）深刻认识重大意义' },
      { face: '仿宋', size: '32', indent: '640', centred: false, text: '1．目标体系' },
      { face: '仿宋', size: '32', indent: '640', centred: false, text: '（1）分解到人' },
      { face: '黑体', size: '32', indent: '640', centred: false, text: '二、压实工作责任 <&> "R&D"' },
      { face: '黑体', size: '32', indent: '640', centred: false, text: '三、加强组织领导（预览中未包含）' },
    ]);
    const size = doc.getElementsByTagName('w:pgSz')[0]!;
    expect([size.getAttribute('w:w'), size.getAttribute('w:h')]).toEqual(['11906', '16838']); // A4
  });

  it('leaves the title line out when there is no title', async () => {
    expect(await docxText(outlineDocx('  ', items.slice(0, 1), all))).toEqual(['一、提高政治站位']);
  });
});
