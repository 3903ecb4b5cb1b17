// Saved passages shown in the page: each text-node segment of a Range is wrapped in an
// inline, class-free <mark data-lectern-highlight="<id>"> (styled by our injected
// stylesheet). Only text nodes are split and wrapped, never elements, so blocks and
// the page's layout stay as they were; removal unwraps and rejoins exactly.

import { isSkippedElement } from './text-index';

export const HIGHLIGHT_ATTRIBUTE = 'data-lectern-highlight';

const XHTML = 'http://www.w3.org/1999/xhtml';

interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** Wraps the range's text in marks for excerpt `id`; returns them in document order. */
export function highlightRange(range: Range, id: string): HTMLElement[] {
  return textSegments(range).map((segment) => wrap(segment, id));
}

/** Unwraps every mark of excerpt `id` under root; returns how many were removed. */
export function removeHighlight(root: Document | Element, id: string): number {
  const marks = [...root.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`)].filter(
    (mark) => mark.getAttribute(HIGHLIGHT_ATTRIBUTE) === id,
  );
  marks.forEach(unwrap);
  return marks.length;
}

function textSegments(range: Range): Segment[] {
  const common = range.commonAncestorContainer;
  const doc = common.ownerDocument ?? (common as Document);
  const walker = doc.createTreeWalker(common, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const candidates: Node[] = common.nodeType === Node.TEXT_NODE ? [common] : [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) candidates.push(node);

  const segments: Segment[] = [];
  for (const node of candidates) {
    if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (start < end && canWrap(text, start, end)) segments.push({ node: text, start, end });
  }
  return segments;
}

// Whitespace between blocks (or inside table rows and lists) must not gain an inline
// box, and an HTML <mark> inside SVG text would not render.
function canWrap(text: Text, start: number, end: number): boolean {
  const parent = text.parentElement;
  return !!parent && parent.namespaceURI === XHTML && /\S/.test(text.data.slice(start, end));
}

function wrap({ node, start, end }: Segment, id: string): HTMLElement {
  if (end < node.length) node.splitText(end);
  const target = start > 0 ? node.splitText(start) : node;
  const mark = target.ownerDocument.createElement('mark');
  mark.setAttribute(HIGHLIGHT_ATTRIBUTE, id);
  target.parentNode!.insertBefore(mark, target);
  mark.appendChild(target);
  return mark;
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const first = mark.firstChild;
  const after = mark.nextSibling;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
  // Rejoin only the text we split, at the two seams; the rest of the parent is untouched.
  mergeIntoPrevious(first);
  mergeIntoPrevious(after);
}

function mergeIntoPrevious(node: Node | null): void {
  const previous = node?.previousSibling;
  if (node?.nodeType === Node.TEXT_NODE && previous?.nodeType === Node.TEXT_NODE) {
    (previous as Text).appendData((node as Text).data);
    node.parentNode!.removeChild(node);
  }
}
