// Heuristic 3: overflow:hidden / position:fixed scroll locks on html and body
// (inline or through a class; the computed value is what counts).
import { overflowY } from '../style-read';
import type { Decision } from '../types';

export interface ScrollLockMeasure {
  htmlOverflowY: string;
  bodyOverflowY: string;
  bodyPosition: string;
  /** Height of the page's content, and of the viewport: a lock only matters when there is more to scroll to. */
  contentHeight: number;
  viewportHeight: number;
}

export interface ScrollLockVerdict {
  html: boolean;
  body: boolean;
  bodyFixed: boolean;
}

const CLIPPING = new Set(['hidden', 'clip']);

export function classifyScrollLock(m: ScrollLockMeasure): ScrollLockVerdict {
  const scrollable = m.contentHeight > m.viewportHeight + 4;
  const bodyFixed = scrollable && m.bodyPosition === 'fixed';
  return {
    html: scrollable && CLIPPING.has(m.htmlOverflowY),
    body: bodyFixed || (scrollable && CLIPPING.has(m.bodyOverflowY)),
    bodyFixed,
  };
}

export function measureScrollLock(doc: Document, win: Window): ScrollLockMeasure | null {
  const html = doc.documentElement;
  const body = doc.body;
  if (!body) return null;
  const htmlStyle = win.getComputedStyle(html);
  const bodyStyle = win.getComputedStyle(body);
  return {
    htmlOverflowY: overflowY(htmlStyle),
    bodyOverflowY: overflowY(bodyStyle),
    bodyPosition: bodyStyle.position,
    contentHeight: Math.max(html.scrollHeight, body.scrollHeight, body.getBoundingClientRect().height),
    viewportHeight: win.innerHeight,
  };
}

export function scrollLockDecisions(doc: Document, win: Window): Decision[] {
  const measured = measureScrollLock(doc, win);
  if (!measured || !doc.body) return [];
  const verdict = classifyScrollLock(measured);
  const decisions: Decision[] = [];
  const source = 'heuristic:scroll-lock';
  if (verdict.html)
    decisions.push({ element: doc.documentElement, category: 'scroll-lock', action: { kind: 'unlock-scroll', fixed: false }, source });
  if (verdict.body)
    decisions.push({ element: doc.body, category: 'scroll-lock', action: { kind: 'unlock-scroll', fixed: verdict.bodyFixed }, source });
  return decisions;
}
