// A Word document laid out the way 公文 drafts are (GB/T 9704-2012): A4 with the standard's
// margins and 22 lines to a page; the title centred in 二号小标宋; headings in 三号, the first
// layer in 黑体, the second in 楷体, the third and fourth in 仿宋; body text in 三号仿宋; every
// line but the title indented two characters. Only what a drafter's file needs: paragraphs
// of plain runs, in the three parts a WordprocessingML package requires, in a stored ZIP.

import { zipStored } from './zip';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type DocxBlock =
  | { kind: 'title'; text: string }
  /** `depth` 1 is the first layer of the structure. */
  | { kind: 'heading'; depth: number; text: string }
  /** `indent` adds two characters per step to the first-line indent (nested outline lines). */
  | { kind: 'body'; text: string; indent?: number }
  /** A reader's own words beside a passage, set apart in 楷体. */
  | { kind: 'note'; text: string }
  | { kind: 'blank' };

/** Faces by layer: 第一层黑体、第二层楷体、第三层和第四层仿宋 (deeper layers stay in 仿宋). */
const HEADING_FACES = ['黑体', '楷体', '仿宋', '仿宋'];
const BODY_FACE = '仿宋';
const NOTE_FACE = '楷体';
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

function paragraph(text: string, face: string, size: number, indent: number | 'centred'): string {
  const placement = indent === 'centred' ? '<w:jc w:val="center"/>' : `<w:ind w:firstLine="${indent}"/>`;
  const fonts = `<w:rFonts w:ascii="${LATIN_FACE}" w:hAnsi="${LATIN_FACE}" w:eastAsia="${face}" w:cs="${LATIN_FACE}"/>`;
  const run = text === '' ? '' : `<w:r><w:rPr>${fonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  return `<w:p><w:pPr><w:spacing w:line="${LINE}" w:lineRule="exact"/>${placement}</w:pPr>${run}</w:p>`;
}

function blockXml(block: DocxBlock): string {
  switch (block.kind) {
    case 'title':
      return paragraph(block.text, TITLE_FACE, TITLE_SIZE, 'centred');
    case 'heading':
      return paragraph(block.text, HEADING_FACES[Math.min(Math.max(1, block.depth), HEADING_FACES.length) - 1]!, TEXT_SIZE, INDENT);
    case 'body':
      return paragraph(block.text, BODY_FACE, TEXT_SIZE, INDENT * (1 + (block.indent ?? 0)));
    case 'note':
      return paragraph(block.text, NOTE_FACE, TEXT_SIZE, INDENT);
    case 'blank':
      return paragraph('', BODY_FACE, TEXT_SIZE, INDENT);
  }
}

/** word/document.xml: one paragraph per block; a line break inside a block's text starts a new paragraph of the same kind. */
export function documentXml(blocks: readonly DocxBlock[]): string {
  const paragraphs = blocks.flatMap((block) =>
    block.kind === 'blank' ? [blockXml(block)] : block.text.split(/\r\n|\r|\n/).map((text) => blockXml({ ...block, text })),
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${paragraphs.join('')}<w:sectPr>${PAGE}</w:sectPr></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The .docx file of `blocks`. */
export function gongwenDocx(blocks: readonly DocxBlock[], modified?: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  return zipStored(
    [
      { name: '[Content_Types].xml', data: encoder.encode(CONTENT_TYPES) },
      { name: '_rels/.rels', data: encoder.encode(PACKAGE_RELATIONSHIPS) },
      { name: 'word/document.xml', data: encoder.encode(documentXml(blocks)) },
    ],
    modified,
  );
}
