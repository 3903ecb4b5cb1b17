import type { OutlineItem } from '../analyze/types';

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
