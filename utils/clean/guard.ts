// The one place that says what we must never touch. Every decision, from a site
// rule or a heuristic, passes through here before it is applied.
import { PANEL_TAG } from '../panel-tag';
import type { Decision } from './types';

/** Blocks that carry speech text: never hidden, never inside something we hide within the root. */
const TEXT_BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,table,dl,figure';

/** Truncation notices ("此处省略…", "预览结束…") stay visible: the extension reports them honestly. */
export const TRUNCATION_NOTICE =
  /此处省略|预览结束|已省略|还剩\s*\d|剩余\s*\d+\s*字|未完待续|全文\s*\d+\s*字|preview (?:has )?ended|end of (?:the )?preview/i;

/** Longest text a hidden element inside the root may carry (a button, an ad label). */
const MAX_HIDDEN_TEXT_IN_ROOT = 200;

/** Our panel host, anything inside it, or anything that holds it. */
export function isOwnUi(element: Element): boolean {
  if (element.closest(PANEL_TAG)) return true;
  // A live collection: cheap to read again and again.
  for (const host of Array.from(element.ownerDocument.getElementsByTagName(PANEL_TAG))) if (element.contains(host)) return true;
  return false;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/** Speech text, or a wrapper of it, inside the root: paragraphs, headings, list items… */
export function isSpeechText(element: Element, root: Element): boolean {
  if (element === root || !root.contains(element)) return false;
  if (element.matches(TEXT_BLOCKS) || element.querySelector(TEXT_BLOCKS)) return true;
  const block = element.parentElement?.closest(TEXT_BLOCKS);
  if (block && root.contains(block)) return true;
  return textLength(element) > MAX_HIDDEN_TEXT_IN_ROOT;
}

function mayHide(element: Element, root: Element, source: string): boolean {
  const doc = element.ownerDocument;
  if (element === doc.documentElement || element === doc.body || element === doc.head) return false;
  if (element.contains(root)) return false; // the root itself or an ancestor of it
  if (isOwnUi(element)) return false;
  if (isSpeechText(element, root)) return false;
  // A fixed bar that covers the text may go even if it repeats the notice; notices in the flow stay.
  return source.startsWith('heuristic:fixed-') || !TRUNCATION_NOTICE.test(element.textContent ?? '');
}

function mayUnclamp(element: Element, root: Element): boolean {
  return element.contains(root) || root.contains(element);
}

function mayUnlock(element: Element): boolean {
  const doc = element.ownerDocument;
  return element === doc.documentElement || element === doc.body;
}

export function isAllowed(decision: Decision, root: Element): boolean {
  const { element, action } = decision;
  if (!element.isConnected) return false;
  switch (action.kind) {
    case 'hide':
      return mayHide(element, root, decision.source);
    case 'unclamp':
      return mayUnclamp(element, root);
    case 'unlock-scroll':
      return mayUnlock(element);
    case 'remove-class':
      return !isOwnUi(element) && action.classes.length > 0;
  }
}
