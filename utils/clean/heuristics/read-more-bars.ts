// Heuristic 7: "阅读全文 / 展开全文 / 点击下载全文 / 开通VIP / continue reading" bars
// attached right after the end of the text, outside the root. DOM reads only.
import { TRUNCATION_NOTICE } from '../guard';
import type { Category, Decision } from '../types';

/** Unfold prompts: part of a fold, counted with clamps. */
const UNFOLD = /展开全文|阅读全文|查看全文|展开阅读|继续阅读|点击展开|阅读更多|continue reading|read the full (?:story|article)|keep reading/i;
/** Upsell prompts: download / VIP / subscribe bars, counted with overlays. */
const UPSELL = /下载全文|点击下载|开通\s*VIP|VIP\s*免费|登录后(?:阅读|查看)|subscribe to (?:continue|read)|sign in to (?:continue|read)/i;

const MAX_BAR_TEXT = 120;
const SIBLINGS_PER_LEVEL = 3;
const LEVELS_UP = 3;

export function readMoreCategory(text: string): Category | null {
  const compact = text.replace(/\s+/g, ' ').trim();
  if (compact === '' || compact.length > MAX_BAR_TEXT || TRUNCATION_NOTICE.test(compact)) return null;
  if (UNFOLD.test(compact)) return 'clamp';
  if (UPSELL.test(compact)) return 'overlay';
  return null;
}

/** The first few element siblings after the root and after each of its nearest ancestors. */
function followers(root: Element): Element[] {
  const out: Element[] = [];
  let node: Element | null = root;
  for (let level = 0; level <= LEVELS_UP && node && node !== node.ownerDocument.body; level++) {
    let sibling = node.nextElementSibling;
    for (let n = 0; sibling && n < SIBLINGS_PER_LEVEL; sibling = sibling.nextElementSibling) {
      if (sibling.matches('script,style,template,noscript,link,meta')) continue;
      out.push(sibling);
      n++;
    }
    node = node.parentElement;
  }
  return out;
}

export function readMoreBarDecisions(root: Element): Decision[] {
  return followers(root).flatMap((element) => {
    const category = readMoreCategory(element.textContent ?? '');
    return category ? [{ element, category, action: { kind: 'hide' as const }, source: 'heuristic:read-more-bar' }] : [];
  });
}
