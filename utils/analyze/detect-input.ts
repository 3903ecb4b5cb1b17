// What stage 1 of detection reads: only what the browser hands over natively (the title,
// h1–h3 texts, a few meta fields, the URL and one bounded textContent slice). No tree
// walk, no layout, no computed style: a handful of native calls on any page.

/** Body text the stage-1 features look at. */
export const SLICE_CHARS = 30_000;
/** Text kept before the page's main heading (kicker, breadcrumb, dateline). */
const BEFORE_HEADING_CHARS = 1_000;
const MAX_HEADINGS = 6;
const MAX_HEADING_CHARS = 160;

export interface PageSignals {
  /** document.title and og:title. */
  titles: string[];
  /** Texts of the first h1–h3 elements, in document order. */
  headings: string[];
  /** Short labels printed just above an h1 ("Speech", "Oral statement to Parliament", "News story"). */
  kickers: string[];
  /** meta description / og:description. */
  description: string;
  /** Decoded URL path. */
  path: string;
  /**
   * SLICE_CHARS characters of the body's textContent, from just before the first h1 when
   * there is one (long menus can push a speech 45,000 characters into the page).
   */
  text: string;
}

function meta(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

function decodedPath(url: string): string {
  try {
    const { pathname } = new URL(url);
    try {
      return decodeURIComponent(pathname);
    } catch {
      return pathname;
    }
  } catch {
    return '';
  }
}

function kickerOf(h1: Element): string | null {
  const before = h1.previousElementSibling;
  const text = before?.textContent?.trim();
  return text && text.length <= 40 ? text : null;
}

export function readPageSignals(doc: Document, url: string): PageSignals {
  const titles = [doc.title?.trim() ?? '', meta(doc, 'meta[property="og:title"]')].filter(Boolean);
  const headings: string[] = [];
  const kickers: string[] = [];
  const found = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && headings.length < MAX_HEADINGS; i++) {
    const text = found[i]?.textContent?.trim();
    if (text) headings.push(text.length > MAX_HEADING_CHARS ? text.slice(0, MAX_HEADING_CHARS) : text);
  }
  let mainHeading = '';
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < MAX_HEADINGS; i++) {
    const h1 = h1s[i] as Element;
    const text = h1.textContent?.trim() ?? '';
    if (!mainHeading && text.length >= 6) mainHeading = text;
    const kicker = kickerOf(h1);
    if (kicker) kickers.push(kicker);
  }
  const description = meta(doc, 'meta[name="description"]') || meta(doc, 'meta[property="og:description"]');
  const body = doc.body ?? doc.documentElement;
  const all = body?.textContent ?? '';
  const at = mainHeading ? all.indexOf(mainHeading) : -1;
  const start = Math.max(0, at - BEFORE_HEADING_CHARS);
  const text = all.length - start > SLICE_CHARS ? all.slice(start, start + SLICE_CHARS) : start > 0 ? all.slice(start) : all;
  return { titles, headings, kickers, description, path: decodedPath(url), text };
}
