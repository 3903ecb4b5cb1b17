// "导出为学习笔记 / Export as study notes": one file per speech — title, source link, date,
// the outline saved with the speech's first excerpt, then every excerpt with its note under
// its section heading, in reading order. As Markdown, or as a Word file in 公文 layout.

import { gongwenDocx, type DocxBlock } from '../docx';
import { escapeMarkdown, inReadingOrder, linkOrText, localDate, markdownExcerpt, oneLine, sourceTitle } from './format';
import type { Excerpt } from './model';
import { savedOutline } from './saved-outline';

export { savedOutline, type OutlineLine } from './saved-outline';

export interface StudyNotesLabels {
  source: string;
  date: string;
  outline: string;
  excerpts: string;
  /** Heading for excerpts saved outside any section. */
  unplaced: string;
}

interface StudySheet {
  title: string;
  pageUrl: string;
  createdAt: number;
  /** The saved outline, `depth` 1 for its top level. */
  outline: Array<{ depth: number; text: string }>;
  /** Each excerpt in reading order, after the headings of its path that the previous one did not share (`depth` from 1). */
  entries: Array<{ opens: Array<{ depth: number; text: string }>; unplaced: boolean; excerpt: Excerpt }>;
}

function studySheet(excerpts: readonly Excerpt[]): StudySheet | null {
  if (excerpts.length === 0) return null;
  const first = [...excerpts].sort((a, b) => a.createdAt - b.createdAt)[0]!;
  const outline = savedOutline(excerpts) ?? [];
  const top = Math.min(...outline.map((item) => item.level));
  const entries: StudySheet['entries'] = [];
  let openPath: string[] | null = null;
  for (const excerpt of inReadingOrder([...excerpts])) {
    const path = excerpt.sectionPath;
    const changed = openPath === null || path.join('\n') !== openPath.join('\n');
    const common = !changed ? path.length : openPath === null ? 0 : commonPrefix(openPath, path);
    entries.push({
      opens: path.slice(common).map((text, index) => ({ depth: common + index + 1, text: oneLine(text) })),
      unplaced: changed && path.length === 0,
      excerpt,
    });
    openPath = path;
  }
  return {
    title: oneLine(sourceTitle(first)),
    pageUrl: first.pageUrl,
    createdAt: first.createdAt,
    outline: outline.map((item) => ({ depth: Math.max(1, item.level - top + 1), text: oneLine(item.text) })),
    entries,
  };
}

export function studyNotes(excerpts: readonly Excerpt[], labels: StudyNotesLabels): string {
  const sheet = studySheet(excerpts);
  if (!sheet) return '';
  const out: string[] = [`# ${escapeMarkdown(sheet.title)}`, ''];
  out.push(`${labels.source}：${linkOrText(sheet.pageUrl)}  `, `${labels.date}：${localDate(sheet.createdAt)}`, '');
  if (sheet.outline.length) {
    out.push(`## ${labels.outline}`, '');
    for (const item of sheet.outline) out.push(`${'  '.repeat(item.depth - 1)}- ${escapeMarkdown(item.text)}`);
    out.push('');
  }
  out.push(`## ${labels.excerpts}`, '');
  for (const { opens, unplaced, excerpt } of sheet.entries) {
    if (unplaced) out.push(`### ${labels.unplaced}`, '');
    // One # more per level below the excerpts' own ## heading, at most ######.
    for (const heading of opens) out.push(`${'#'.repeat(Math.min(6, heading.depth + 2))} ${escapeMarkdown(heading.text)}`, '');
    out.push(...markdownExcerpt(excerpt), '');
  }
  return out.join('\n').trimEnd() + '\n';
}

/**
 * The same notes as a Word file in 公文 layout: the speech's section headings in the faces
 * of their layers, each passage as body text (仿宋), each note after it in 楷体. The source
 * and date stand once under the title, so passages carry no citation line of their own.
 */
export function studyNotesDocx(excerpts: readonly Excerpt[], labels: StudyNotesLabels, modified?: Date): Uint8Array<ArrayBuffer> | null {
  const sheet = studySheet(excerpts);
  if (!sheet) return null;
  const blocks: DocxBlock[] = [
    { kind: 'title', text: sheet.title },
    { kind: 'blank' },
    { kind: 'body', text: `${labels.source}：${sheet.pageUrl}` },
    { kind: 'body', text: `${labels.date}：${localDate(sheet.createdAt)}` },
  ];
  if (sheet.outline.length) {
    blocks.push({ kind: 'blank' }, { kind: 'heading', depth: 1, text: labels.outline });
    for (const item of sheet.outline) blocks.push({ kind: 'body', text: item.text, indent: item.depth - 1 });
  }
  blocks.push({ kind: 'blank' }, { kind: 'heading', depth: 1, text: labels.excerpts });
  for (const { opens, unplaced, excerpt } of sheet.entries) {
    if (unplaced) blocks.push({ kind: 'heading', depth: 1, text: labels.unplaced });
    for (const heading of opens) blocks.push({ kind: 'heading', depth: heading.depth, text: heading.text });
    blocks.push({ kind: 'body', text: excerpt.text });
    if (excerpt.note) blocks.push({ kind: 'note', text: excerpt.note });
    if (excerpt.tags.length) blocks.push({ kind: 'note', text: excerpt.tags.map((tag) => `#${tag}`).join(' ') });
  }
  return gongwenDocx(blocks, modified);
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
