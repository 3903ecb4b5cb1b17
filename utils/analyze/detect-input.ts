// What stage 1 of detection reads: the title, og:title, h1–h3 texts, the URL and a
// bounded run of body text. No layout, no computed style, no walk over the whole page: the
// text is read from the main heading's container, or node by node from the heading, and
// stops at SLICE_CHARS, because body.textContent copies every inline script of the page
// too (half a megabyte on some document-library pages) and costs milliseconds.

/** Body text the stage-1 features look at. */
export const SLICE_CHARS = 12_000;
/** Where the page's own text starts when it has no main heading (skip-link targets included). */
const MAIN_REGION = 'main, article, [role="main"], #content, #main';
/** Elements whose text is not page text (a <template>'s content is not in the tree at all). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT']);
/** Bounds of what the page hands the background (messages.ts checks them again there). */
export const SIGNAL_LIMITS = { titles: 2, titleChars: 500, headings: 6, headingChars: 160, kickerChars: 40, pathChars: 2_000, langChars: 35 } as const;

/**
 * What the page hands over: everything stage 1 reads except the URL path, which the
 * background takes from the document's committed URL (a page cannot change it, and reading
 * location and parsing it would cost the page a URL object on every document).
 */
export type PageReads = Omit<PageSignals, 'path'>;

export interface PageSignals {
  /** document.title and og:title. */
  titles: string[];
  /** Texts of the first h1–h3 elements, in document order. */
  headings: string[];
  /** Short labels printed just above an h1 ("Speech", "Oral statement to Parliament", "News story"). */
  kickers: string[];
  /** Decoded URL path. */
  path: string;
  /** The page's declared language (`<html lang>`), lower-cased; '' when it declares none. */
  lang: string;
  /**
   * Up to SLICE_CHARS characters of the body's text, from the main heading when
   * there is one (long menus can push a speech 45,000 characters into the page).
   */
  text: string;
}

/** A `<meta>` field, looked up in `<head>` only: on a page without it, a whole-document query would visit every element. */
function meta(doc: Document, selector: string): string {
  return (doc.head ?? doc).querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/** The page's reads with the decoded, bounded path of `url` ('' when it is not a URL): one composition for the background and for training. */
export function withPath(reads: PageReads, url: string): PageSignals {
  return { ...reads, path: decodedPath(url).slice(0, SIGNAL_LIMITS.pathChars) };
}

function decodedPath(url: string): string {
  let path = '';
  try {
    path = new URL(url).pathname;
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function kickerOf(h1: Element): string | null {
  const before = h1.previousElementSibling;
  const text = before?.textContent?.trim();
  return text && text.length <= SIGNAL_LIMITS.kickerChars ? text : null;
}

export function readPageSignals(doc: Document, url: string): PageSignals {
  return withPath(readPage(doc), url);
}

/** The native reads of stage 1 in the page (everything but the URL path). */
export function readPage(doc: Document): PageReads {
  const titles = [doc.title?.trim() ?? '', meta(doc, 'meta[property="og:title"]')].filter(Boolean).map((t) => t.slice(0, SIGNAL_LIMITS.titleChars));
  const headings: string[] = [];
  const kickers: string[] = [];
  const namedByTitle = (text: string) => text.length >= 6 && titles.some((t) => t.includes(text.length > 40 ? text.slice(0, 40) : text));
  // Each heading's text is read once: the h1 pass and the slice reuse what this pass read.
  const readTexts = new Map<Element, string>();
  const headingText = (element: Element) => readTexts.get(element) ?? element.textContent ?? '';
  // A CMS that keeps h1 for its logo titles the article with an h2 or h3 the <title> repeats.
  let titledSubheading: Element | null = null;
  const found = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && headings.length < SIGNAL_LIMITS.headings; i++) {
    const heading = found[i]!;
    const raw = heading.textContent ?? '';
    readTexts.set(heading, raw);
    const text = raw.trim();
    if (!text) continue;
    headings.push(text.length > SIGNAL_LIMITS.headingChars ? text.slice(0, SIGNAL_LIMITS.headingChars) : text);
    if (!titledSubheading && heading.localName !== 'h1' && namedByTitle(text)) titledSubheading = heading;
  }
  // The main heading is the first h1 the <title> repeats, else the first that says
  // something: a skip-link h1 ("Navigation und Service") or a logo h1 can come first.
  let mainHeading: Element | null = null;
  let namedInTitle: Element | null = null;
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < SIGNAL_LIMITS.headings; i++) {
    const h1 = h1s[i] as Element;
    const text = headingText(h1).trim();
    if (text.length >= 6) {
      mainHeading ??= h1;
      if (!namedInTitle && namedByTitle(text)) namedInTitle = h1;
    }
    const kicker = kickerOf(h1);
    if (kicker) kickers.push(kicker);
  }
  const body = doc.body ?? doc.documentElement;
  const from = namedInTitle ?? titledSubheading ?? mainHeading ?? doc.querySelector(MAIN_REGION);
  const text = body ? boundedText(doc, body, from, headingText) : '';
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().slice(0, SIGNAL_LIMITS.langChars);
  return { titles, headings, kickers, lang, text };
}

/** Text a container must hold before stage 1 reads it whole instead of node by node. */
const CONTAINER_CHARS = 4_000;

/**
 * The page text from `from` on, up to SLICE_CHARS. One native textContent of the nearest
 * ancestor of `from` that holds CONTAINER_CHARS, because in a fresh content-script world
 * every node script touches gets a wrapper first (the node-by-node read cost twice as
 * much in Chromium); the text nodes one by one when that ancestor would be the body,
 * whose textContent carries every inline script of the page.
 */
function boundedText(doc: Document, root: Element, from: Element | null, headingText: (element: Element) => string): string {
  for (let container = from?.parentElement; container && container !== root; container = container.parentElement) {
    const text = container.textContent ?? '';
    if (text.length >= CONTAINER_CHARS) {
      const at = Math.max(0, text.indexOf(from ? headingText(from) : ''));
      return withoutScripts(text.slice(at, at + 2 * SLICE_CHARS), container).slice(0, SLICE_CHARS);
    }
  }
  return walkedText(doc, root, from);
}

/** `text` less the code of the container's inline scripts that it holds: scripts are not page text. */
function withoutScripts(text: string, container: Element): string {
  const scripts = container.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const code = scripts[i]!.textContent;
    if (code && text.includes(code)) text = text.replace(code, '');
  }
  return text;
}

/** The text nodes' data from `from` (or from the start), up to SLICE_CHARS. */
function walkedText(doc: Document, root: Element, from: Element | null): string {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  if (from) walker.currentNode = from;
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < SLICE_CHARS; node = walker.nextNode()) {
    const data = textOf(node);
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  return text.length > SLICE_CHARS ? text.slice(0, SLICE_CHARS) : text;
}

function textOf(node: Node): string {
  const parent = node.parentNode;
  return parent && NOT_TEXT.has(parent.nodeName) ? '' : ((node as Text).data ?? '');
}
