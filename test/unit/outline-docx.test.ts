// The outline as a .docx: opened by mammoth (a .docx reader) for its text, and its
// document.xml read for the 公文 layout: faces by layer, sizes, indent, page.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DOCX_MIME, outlineDocx } from '../../utils/outline-docx';
import type { ExportItem, ExportView } from '../../utils/outline-export';

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

const textOf = async (file: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(file) })).value.split('\n').filter((line) => line !== '');

/** Each paragraph of word/document.xml: its East Asian face, size (half-points), first-line indent, alignment and text. */
async function paragraphsOf(file: Uint8Array) {
  const xml = await (await JSZip.loadAsync(file, { checkCRC32: true })).file('word/document.xml')!.async('string');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const attr = (p: Element, tag: string, name: string) => p.getElementsByTagName(tag)[0]?.getAttribute(name) ?? null;
  return {
    doc,
    paragraphs: [...doc.getElementsByTagName('w:p')].map((p) => ({
      face: attr(p, 'w:rFonts', 'w:eastAsia'),
      size: attr(p, 'w:sz', 'w:val'),
      indent: attr(p, 'w:ind', 'w:firstLine'),
      centred: attr(p, 'w:jc', 'w:val') === 'center',
      text: [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''),
    })),
  };
}

describe('outlineDocx', () => {
  it('is a Word document holding the title and the outline as the panel shows it', async () => {
    const file = outlineDocx(TITLE, items, all);
    expect(DOCX_MIME).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await textOf(file)).toEqual([
      TITLE,
      '一、提高政治站位',
      '（一）深刻认识重大意义',
      '一是抓学习',
      '1．目标体系',
      '（1）分解到人',
      '二、压实工作责任 <&> "R&D"',
      '三、加强组织领导（预览中未包含）',
    ]);
    expect(await textOf(outlineDocx(TITLE, items, { ...all, levelFilter: 2, showEnumerations: false }))).toEqual([
      TITLE,
      '一、提高政治站位',
      '（一）深刻认识重大意义',
      '二、压实工作责任 <&> "R&D"',
      '三、加强组织领导（预览中未包含）',
    ]);
  });

  it('lays it out as GB/T 9704 says: title 二号小标宋 centred, layers in 黑体 / 楷体 / 仿宋 / 仿宋 三号, indented two characters', async () => {
    const { doc, paragraphs } = await paragraphsOf(outlineDocx(TITLE, items, { ...all, showEnumerations: false }));
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
    expect(await textOf(outlineDocx('  ', items.slice(0, 1), all))).toEqual(['一、提高政治站位']);
  });
});
