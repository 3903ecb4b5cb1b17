// "导出为学习笔记 / Export as study notes": one Markdown file per speech — title, source
// link, date, the outline saved with the speech's first excerpt, then every excerpt with
// its note under its section heading, in reading order.

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

export function studyNotes(excerpts: readonly Excerpt[], labels: StudyNotesLabels): string {
  if (excerpts.length === 0) return '';
  const ordered = inReadingOrder([...excerpts]);
  const first = [...excerpts].sort((a, b) => a.createdAt - b.createdAt)[0]!;
  const outline = savedOutline(excerpts) ?? [];
  const out: string[] = [`# ${escapeMarkdown(oneLine(sourceTitle(first)))}`, ''];
  out.push(`${labels.source}：${linkOrText(first.pageUrl)}  `, `${labels.date}：${localDate(first.createdAt)}`, '');
  if (outline.length) {
    out.push(`## ${labels.outline}`, '');
    const top = Math.min(...outline.map((item) => item.level));
    for (const item of outline) out.push(`${'  '.repeat(Math.max(0, item.level - top))}- ${escapeMarkdown(oneLine(item.text))}`);
    out.push('');
  }
  out.push(`## ${labels.excerpts}`, '');
  let openPath: string[] | null = null;
  for (const excerpt of ordered) {
    const path = excerpt.sectionPath;
    if (openPath === null || path.join('\n') !== openPath.join('\n')) {
      // Headings for the path levels that changed, one # more per level (at most ######).
      const common = openPath === null ? 0 : commonPrefix(openPath, path);
      if (path.length === 0) out.push(`### ${labels.unplaced}`, '');
      for (let depth = common; depth < path.length; depth++) out.push(`${'#'.repeat(Math.min(6, depth + 3))} ${escapeMarkdown(oneLine(path[depth]!))}`, '');
      openPath = path;
    }
    out.push(...markdownExcerpt(excerpt), '');
  }
  return out.join('\n').trimEnd() + '\n';
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
