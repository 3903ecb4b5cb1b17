// The outline as a Word document laid out the way 公文 drafts are (GB/T 9704-2012): the
// title centred in 二号小标宋, then each heading on its own line in 三号, first layer 黑体,
// second 楷体, third and fourth 仿宋, indented two characters, 28 lines to an A4 page's
// type area. A drafter opens it in Word or WPS and writes the speech under the headings.

import { outlineRows, type ExportItem, type ExportView } from './outline-export';
import { zipStored } from './zip';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Faces by nesting depth: 第一层黑体、第二层楷体、第三层和第四层仿宋 (deeper levels stay in 仿宋). */
const HEADING_FACES = ['黑体', '楷体', '仿宋', '仿宋'];
const BODY_FACE = '仿宋';
const TITLE_FACE = '方正小标宋简体';
const LATIN_FACE = 'Times New Roman';
// Sizes in half-points: 二号 22 pt, 三号 16 pt.
const TITLE_SIZE = 44;
const TEXT_SIZE = 32;
// Twips (1/20 pt): an exact 28.95 pt line gives 22 lines in the 225 mm type area; two 三号
// characters of first-line indent; A4 with GB/T 9704's margins (top 37 mm, bottom 35,
// left 28, right 26).
const LINE = 579;
const INDENT = 640;
const PAGE = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Text as XML character data: markup escaped, characters XML 1.0 forbids dropped. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function paragraph(text: string, face: string, size: number, centred: boolean): string {
  const alignment = centred ? '<w:jc w:val="center"/>' : `<w:ind w:firstLine="${INDENT}"/>`;
  const fonts = `<w:rFonts w:ascii="${LATIN_FACE}" w:hAnsi="${LATIN_FACE}" w:eastAsia="${face}" w:cs="${LATIN_FACE}"/>`;
  const run = text === '' ? '' : `<w:r><w:rPr>${fonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  return `<w:p><w:pPr><w:spacing w:line="${LINE}" w:lineRule="exact"/>${alignment}</w:pPr>${run}</w:p>`;
}

/** word/document.xml for the outline as the panel shows it (`view`). */
export function outlineDocumentXml(title: string, items: readonly ExportItem[], view: ExportView): string {
  const paragraphs: string[] = [];
  const cleanTitle = title.trim();
  if (cleanTitle !== '') paragraphs.push(paragraph(cleanTitle, TITLE_FACE, TITLE_SIZE, true), paragraph('', BODY_FACE, TEXT_SIZE, false));
  for (const row of outlineRows(items, view)) {
    paragraphs.push(paragraph(row.text, HEADING_FACES[Math.min(row.depth, HEADING_FACES.length) - 1]!, TEXT_SIZE, false));
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${paragraphs.join('')}<w:sectPr>${PAGE}</w:sectPr></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The .docx file: the three parts a WordprocessingML package needs, in a ZIP archive. */
export function outlineDocx(title: string, items: readonly ExportItem[], view: ExportView, modified?: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  return zipStored(
    [
      { name: '[Content_Types].xml', data: encoder.encode(CONTENT_TYPES) },
      { name: '_rels/.rels', data: encoder.encode(PACKAGE_RELATIONSHIPS) },
      { name: 'word/document.xml', data: encoder.encode(outlineDocumentXml(title, items, view)) },
    ],
    modified,
  );
}
