// Exports a reader takes elsewhere: Markdown (grouped by speech and section, with
// citations), plain text, CSV for spreadsheets, and the versioned JSON that import.ts
// reads back. Pure string building; the page's text never becomes HTML here.

import type { Excerpt } from './model';
import { safeHref } from './url';

export const EXPORT_FORMAT = 'lectern-excerpts';
export const EXPORT_VERSION = 1;
const PATH_SEPARATOR = ' › ';

/** `《title》 › section path — URL, date` (date of saving, local calendar day). */
export function citation(excerpt: Excerpt): string {
  const path = excerpt.sectionPath.length ? PATH_SEPARATOR + excerpt.sectionPath.join(PATH_SEPARATOR) : '';
  return `《${sourceTitle(excerpt)}》${path} — ${excerpt.pageUrl}, ${localDate(excerpt.createdAt)}`;
}

/** One excerpt with its citation, for the clipboard. */
export function withCitation(excerpt: Excerpt): string {
  return `${excerpt.text}\n——${citation(excerpt)}`;
}

export function toPlainText(excerpts: Excerpt[]): string {
  return excerpts
    .map((excerpt) => {
      const lines = [excerpt.text];
      if (excerpt.note) lines.push('', excerpt.note);
      if (excerpt.tags.length) lines.push('', hashtags(excerpt.tags));
      lines.push('', citation(excerpt));
      return lines.join('\n');
    })
    .join('\n\n* * *\n\n');
}

export function toMarkdown(excerpts: Excerpt[]): string {
  const out: string[] = [];
  for (const speech of groupBy(excerpts, (e) => `${sourceTitle(e)}\n${e.pageUrl}`)) {
    const first = speech[0]!;
    out.push(`## 《${escapeInline(oneLine(sourceTitle(first)))}》`, '', linkOrText(first.pageUrl), '');
    for (const section of groupBy(inReadingOrder(speech), (e) => e.sectionPath.join(PATH_SEPARATOR))) {
      const path = section[0]!.sectionPath;
      if (path.length) out.push(`### ${escapeInline(oneLine(path.join(PATH_SEPARATOR)))}`, '');
      for (const excerpt of section) out.push(...markdownExcerpt(excerpt), '');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}

const CSV_COLUMNS = ['id', 'text', 'note', 'tags', 'speechTitle', 'sectionPath', 'pageUrl', 'pageTitle', 'createdAt', 'updatedAt'];

/** RFC 4180 (CRLF, quoted fields) with a BOM so Excel reads UTF-8 Chinese correctly. */
export function toCsv(excerpts: Excerpt[]): string {
  const rows = excerpts.map((e) => [
    e.id,
    e.text,
    e.note,
    e.tags.join('; '),
    e.speechTitle,
    e.sectionPath.join(PATH_SEPARATOR),
    e.pageUrl,
    e.pageTitle,
    new Date(e.createdAt).toISOString(),
    new Date(e.updatedAt).toISOString(),
  ]);
  return '\uFEFF' + [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Every stored field of each excerpt (the search index is not one: import recomputes it). */
export function toJsonExport(excerpts: Excerpt[], now = Date.now()): string {
  const envelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    excerpts: excerpts.map(exportedFields),
  };
  return JSON.stringify(envelope, null, 2);
}

// Built key by key (no spread), so nothing but the declared fields is written, and
// absent optional fields stay absent rather than present-but-undefined.
function exportedFields(e: Excerpt): Excerpt {
  const fields = {
    id: e.id,
    text: e.text,
    note: e.note,
    tags: [...e.tags],
    pageUrl: e.pageUrl,
    pageTitle: e.pageTitle,
    speechTitle: e.speechTitle,
    sectionPath: [...e.sectionPath],
    host: e.host,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  } as Excerpt;
  if (e.anchor) {
    const { quote, position, sectionIndex } = e.anchor;
    const anchor = {
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { start: position.start, end: position.end },
    } as NonNullable<Excerpt['anchor']>;
    if (sectionIndex !== undefined) anchor.sectionIndex = sectionIndex;
    fields.anchor = anchor;
  }
  if (e.outline) fields.outline = e.outline.map(({ level, text }) => ({ level, text }));
  return fields;
}

export function markdownExcerpt(excerpt: Excerpt): string[] {
  const lines = excerpt.text.split(/\r\n|\r|\n/).map((line) => (line ? `> ${escapeMarkdown(line)}` : '>'));
  if (excerpt.note) lines.push('', ...excerpt.note.split(/\r\n|\r|\n/).map(escapeMarkdown));
  if (excerpt.tags.length) lines.push('', hashtags(excerpt.tags, escapeInline));
  const path = excerpt.sectionPath.length ? PATH_SEPARATOR + excerpt.sectionPath.join(PATH_SEPARATOR) : '';
  const cite = `《${sourceTitle(excerpt)}》${path}`;
  lines.push('', `—— ${escapeInline(oneLine(cite))} — ${linkOrText(excerpt.pageUrl)}, ${localDate(excerpt.createdAt)}`);
  return lines;
}

/** Inline characters and line-start markers that would turn one line of text into Markdown syntax or HTML. */
export function escapeMarkdown(line: string): string {
  return escapeInline(line).replace(/^(\s*)(\d+(?=[.)])|[#+=-])/, (_, space: string, marker: string) =>
    /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

// An autolink only for http(s); anything else stays inert text.
export function linkOrText(url: string): string {
  const href = safeHref(url);
  return href && !/[\s<>]/.test(href) ? `<${href}>` : escapeMarkdown(url);
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function hashtags(tags: string[], escape = (tag: string) => tag): string {
  return tags.map((tag) => `#${escape(tag.replace(/\s+/g, '-'))}`).join(' ');
}

export function sourceTitle(e: Excerpt): string {
  return e.speechTitle || e.pageTitle || e.host || e.pageUrl;
}

export function inReadingOrder(excerpts: Excerpt[]): Excerpt[] {
  const at = (e: Excerpt) => e.anchor?.position.start ?? Number.MAX_SAFE_INTEGER;
  return [...excerpts].sort((a, b) => at(a) - at(b) || a.createdAt - b.createdAt);
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
