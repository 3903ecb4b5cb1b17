import type { OutlineItem } from '../analyze/types';
import { buildTextIndex, offsetOfNode, rangeFromOffsets, type TextIndex } from '../excerpts/text-index';

/** Index of the outline item whose section contains `node` (the last heading at or before it), or null. */
export function sectionIndexAt(outline: readonly OutlineItem[], node: Node): number | null {
  let low = 0;
  let high = outline.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const heading = outline[mid]!.node;
    const atOrBefore = heading === node || heading.contains(node) || Boolean(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (atOrBefore) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The headings from the top level down to item `index`, e.g. ['二、科学回答…', '（三）创造全面协调…']. */
export function sectionPath(outline: readonly OutlineItem[], index: number | null): string[] {
  if (index === null || !outline[index]) return [];
  const path = [outline[index]!];
  for (let i = index - 1; i >= 0 && path[0]!.level > 1; i--) {
    if (outline[i]!.level < path[0]!.level) path.unshift(outline[i]!);
  }
  return path.map((item) => item.text);
}

/** Longest section kept as one excerpt ("摘录本节"); longer ones are refused with a message. */
export const SECTION_CLIP_MAX_CHARS = 20_000;

/**
 * The whole of section `index` as text offsets of the root's text index: from its heading
 * to the next heading of the same or a higher level, or to the end of the speech root.
 * Null when the item is not in the root.
 */
export function sectionSpan(outline: readonly OutlineItem[], index: number, textIndex: TextIndex): { start: number; end: number } | null {
  const root = textIndex.root;
  const item = outline[index];
  if (!item || !root.contains(item.node) || item.node === root) return null;
  const next = outline.slice(index + 1).find((later) => later.level <= item.level && root.contains(later.node) && later.node !== root);
  const start = offsetOfNode(textIndex, item.node);
  const end = next ? offsetOfNode(textIndex, next.node) : textIndex.text.length;
  return start < end ? { start, end } : null;
}

/** The same section as a live Range, for saving it as an excerpt. */
export function sectionRange(outline: readonly OutlineItem[], root: Element, index: number): Range | null {
  const textIndex = buildTextIndex(root);
  const span = sectionSpan(outline, index, textIndex);
  return span ? rangeFromOffsets(textIndex, span.start, span.end) : null;
}
