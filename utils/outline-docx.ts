// The outline as a Word file in 公文 layout (utils/docx.ts): the title, a blank line, then
// each heading the panel shows in the face of its layer. A drafter opens it in Word or WPS
// and writes the speech under the headings.

import { gongwenDocx, type DocxBlock } from './docx';
import { outlineRows, type ExportItem, type ExportView } from './outline-export';

export function outlineDocx(title: string, items: readonly ExportItem[], view: ExportView, modified?: Date): Uint8Array<ArrayBuffer> {
  const cleanTitle = title.trim();
  const blocks: DocxBlock[] = cleanTitle === '' ? [] : [{ kind: 'title', text: cleanTitle }, { kind: 'blank' }];
  for (const row of outlineRows(items, view)) blocks.push({ kind: 'heading', depth: row.depth, text: row.text });
  return gongwenDocx(blocks, modified);
}
