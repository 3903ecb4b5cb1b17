// Heuristic 6: ad slots outside the speech root — frames from ad hosts and elements
// whose id/class is ad-like. DOM reads only (no layout), bounded.
import type { Decision } from '../types';
import { hasAdLikeIdOrClass, isAdFrameUrl } from './ad-tokens';

const MAX_ELEMENTS = 8000;
/** A container with this much text is content, whatever its class says. */
const MAX_AD_TEXT = 2000;
const AD_ATTRIBUTES = '[data-ad-slot],[data-ad-client],[data-google-query-id],[data-ad-pdps]';
/** Ad slots are boxes; links, list items and headings named "ad…" are menus about advertising. */
const SLOT_TAGS = new Set(['DIV', 'INS', 'ASIDE', 'SECTION', 'IFRAME', 'FIGURE', 'CENTER', 'TABLE', 'SPAN', 'AMP-AD', 'AMP-EMBED']);

function looksLikeAd(element: Element): boolean {
  if (!SLOT_TAGS.has(element.tagName.toUpperCase())) return false;
  if (!hasAdLikeIdOrClass(element) && !element.matches(AD_ATTRIBUTES)) return false;
  return (element.textContent ?? '').length <= MAX_AD_TEXT;
}

/** The frame, or the wrappers around it that hold nothing else. */
export function adFrameBox(frame: Element, root: Element): Element {
  let box = frame;
  for (let level = 0; level < 3; level++) {
    const parent = box.parentElement;
    if (!parent || parent === parent.ownerDocument.body || parent.contains(root)) break;
    if (parent.children.length !== 1 || (parent.textContent ?? '').trim() !== '') break;
    box = parent;
  }
  return box;
}

function adFrames(doc: Document, root: Element): Element[] {
  return Array.from(doc.querySelectorAll('iframe[src]'))
    .filter((frame) => !root.contains(frame) && isAdFrameUrl(frame.getAttribute('src') ?? '', doc.baseURI))
    .map((frame) => adFrameBox(frame, root));
}

function adLikeElements(doc: Document, root: Element, candidates?: Element[]): Element[] {
  if (candidates) return candidates.filter((element) => !root.contains(element) && looksLikeAd(element));
  const found: Element[] = [];
  const start = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(start, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode: (node) => (node === root ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  for (let seen = 0, node = walker.nextNode(); node && seen < MAX_ELEMENTS; node = walker.nextNode(), seen++) {
    const element = node as Element;
    if (!element.contains(root) && !root.contains(element) && looksLikeAd(element)) found.push(element);
  }
  return found;
}

/** `candidates` limits the search (late mutations); otherwise the page is walked (bounded). */
export function adSlotDecisions(doc: Document, root: Element, candidates?: Element[]): Decision[] {
  const elements = new Set([...adFrames(doc, root), ...adLikeElements(doc, root, candidates)]);
  return [...elements].map((element) => ({
    element,
    category: 'ad' as const,
    action: { kind: 'hide' as const },
    source: 'heuristic:ad-slot',
  }));
}
