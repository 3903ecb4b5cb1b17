// The speech root's text as one flat string, with a map back to its text nodes, so
// selectors can speak in character offsets. Our own highlight marks only split and
// wrap text nodes, so the flat text (and every offset) is the same with or without
// them. An index is a snapshot: rebuild it after the DOM changes (e.g. a highlight).

export interface TextIndex {
  root: Node;
  text: string;
  /** Non-empty text nodes in document order. */
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'LECTERN-PANEL']);

/** Elements whose text is never part of the speech: code, our own UI. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('data-lectern-ui');
}

export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    if (!data) continue;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** A DOM Range over text[start, end), or null when the offsets are out of bounds. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  const first = nodeAt(index, start, 'start');
  const last = nodeAt(index, end, 'end');
  const range = (index.root.ownerDocument ?? (index.root as Document)).createRange();
  range.setStart(index.nodes[first]!, start - index.starts[first]!);
  range.setEnd(index.nodes[last]!, end - index.starts[last]!);
  return range;
}

/** The text offsets a Range covers, clipped to the root; null when it lies outside it. */
export function offsetsFromRange(index: TextIndex, range: Range): { start: number; end: number } | null {
  try {
    const start = offsetOfPoint(index, range.startContainer, range.startOffset);
    const end = offsetOfPoint(index, range.endContainer, range.endOffset);
    return start < end ? { start, end } : null;
  } catch {
    return null; // a boundary in another tree (e.g. a shadow root): not in this text
  }
}

/** Offset of the first indexed character at or after a DOM boundary point. */
export function offsetOfPoint(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i]! + Math.min(offset, (container as Text).length);
  }
  const point = (index.root.ownerDocument ?? (index.root as Document)).createRange();
  point.setStart(container, offset);
  // Binary search: the first node that does not lie before the point.
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) low = mid + 1;
    else high = mid;
  }
  return low < index.nodes.length ? index.starts[low]! : index.text.length;
}

/** Offset where a node's text begins (e.g. an outline heading), for section ranges. */
export function offsetOfNode(index: TextIndex, node: Node): number {
  // Fast path: the node's first indexed text node. The boundary-point search below
  // costs O(siblings) per step in the DOM (a speech of 12,000 sibling paragraphs took
  // seconds for its 110 headings).
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode(); text; text = walker.nextNode()) {
    const at = positionOf(index, text as Text);
    if (at !== undefined) return index.starts[at]!;
  }
  return offsetOfPoint(index, node.parentNode ?? node, node.parentNode ? childIndex(node) : 0);
}

const positions = new WeakMap<TextIndex, Map<Text, number>>();

/** Where a text node sits in the index (built once per index). */
function positionOf(index: TextIndex, text: Text): number | undefined {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.nodes.map((each, i) => [each, i]));
    positions.set(index, map);
  }
  return map.get(text);
}

/** Index of the node holding the character at `offset` (start) or ending at it (end). */
function nodeAt(index: TextIndex, offset: number, side: 'start' | 'end'): number {
  let low = 0;
  let high = index.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const begins = index.starts[mid]!;
    if (side === 'start' ? begins <= offset : begins < offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function childIndex(node: Node): number {
  let i = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) i++;
  return i;
}
