// The outline as text a drafter can take away: plain text indented with full-width
// spaces (as 公文 drafts are), or Markdown as a nested list or as headings. It follows
// what the panel shows: the level filter counts nesting depth (utils/outline-tree.ts)
// and enumerations are left out when the panel hides them.

import { escapeMarkdown } from './excerpts/format';
import { buildTree, maxDepthOf, withoutEnumerations, type LevelFilter, type TreeNode } from './outline-tree';

export interface ExportItem {
  id: string;
  level: number;
  text: string;
  kind: 'numbered' | 'heading' | 'enumeration';
  /** A 提纲 item the page did not deliver. */
  missing?: boolean;
}

export interface ExportView {
  levelFilter: LevelFilter;
  showEnumerations: boolean;
  /** Appended to items the page did not deliver, e.g. "（预览中未包含）". */
  missingMark: string;
}

export type OutlineFormat = 'text' | 'markdown-list' | 'markdown-headings';

const FULL_WIDTH_SPACE = '\u3000';

export interface OutlineRow {
  /** Nesting depth in the panel's tree, from 1. */
  depth: number;
  text: string;
}

/** The rows the panel shows for `view`, in reading order. */
export function outlineRows(items: readonly ExportItem[], view: ExportView): OutlineRow[] {
  const maxDepth = maxDepthOf(view.levelFilter);
  const rows: OutlineRow[] = [];
  const walk = (nodes: readonly TreeNode<ExportItem>[]) => {
    for (const node of nodes) {
      if (node.depth > maxDepth) continue;
      const { text, missing } = node.item;
      rows.push({ depth: node.depth, text: missing ? `${text}${view.missingMark}` : text });
      walk(node.children);
    }
  };
  walk(buildTree(withoutEnumerations(items, view.showEnumerations)));
  return rows;
}

export function formatOutline(title: string, items: readonly ExportItem[], view: ExportView, format: OutlineFormat): string {
  const rows = outlineRows(items, view);
  const cleanTitle = title.trim();
  if (format === 'text') {
    const lines = rows.map((row) => `${FULL_WIDTH_SPACE.repeat(2 * (row.depth - 1))}${row.text}`);
    return [cleanTitle, ...lines].filter((line) => line !== '').join('\n') + '\n';
  }
  const head = cleanTitle ? `# ${escapeMarkdown(cleanTitle)}\n\n` : '';
  if (format === 'markdown-list') {
    return head + rows.map((row) => `${'  '.repeat(row.depth - 1)}- ${escapeMarkdown(row.text)}`).join('\n') + '\n';
  }
  // Headings: depth 1 is ##, deeper levels one # more each, at most ######.
  return head + rows.map((row) => `${'#'.repeat(Math.min(6, row.depth + 1))} ${escapeMarkdown(row.text)}`).join('\n\n') + '\n';
}

/** A file name for the downloaded outline: the title without characters file systems refuse. */
export function outlineFileName(title: string, format: OutlineFormat | 'docx'): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'outline';
  return `${base}${format === 'docx' ? '.docx' : format === 'text' ? '.txt' : '.md'}`;
}
