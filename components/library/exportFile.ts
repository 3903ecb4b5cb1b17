import { toCsv, toJsonExport, toMarkdown, toPlainText } from '../../utils/excerpts/format';
import type { Excerpt } from '../../utils/excerpts/model';
import type { ExportFormat } from './exportFormats';

export type { ExportFormat } from './exportFormats';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

const KINDS: Record<ExportFormat, { extension: string; mime: string; write: (rows: Excerpt[], now: number) => string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8', write: toMarkdown },
  text: { extension: 'txt', mime: 'text/plain;charset=utf-8', write: toPlainText },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', write: toCsv },
  json: { extension: 'json', mime: 'application/json;charset=utf-8', write: toJsonExport },
};

/** The file an export writes, named like `lectern-excerpts-2026-11-26.md` after the local date. */
export function exportFile(format: ExportFormat, rows: Excerpt[], now: number): ExportFile {
  const kind = KINDS[format];
  return { filename: `lectern-excerpts-${localDate(now)}.${kind.extension}`, mime: kind.mime, content: kind.write(rows, now) };
}

function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
