// Reading a .docx back in tests: its text through mammoth (an independent .docx reader),
// and each paragraph's layout from word/document.xml (opened with JSZip, CRCs checked).
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { expect } from 'vitest';

/** The document's non-empty lines, as a .docx reader extracts them. */
export const docxText = async (file: Uint8Array): Promise<string[]> =>
  (await mammoth.extractRawText({ buffer: Buffer.from(file) })).value.split('\n').filter((line) => line !== '');

/** Each paragraph of word/document.xml: its East Asian face, size (half-points), first-line indent, alignment and text. */
export async function docxParagraphs(file: Uint8Array) {
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
