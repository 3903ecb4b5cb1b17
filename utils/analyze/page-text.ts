// The bounded view of a page the detector works on: title candidates and the lines of the
// most text-dense region, capped so huge pages cost the same as long ones.

import { collectLines, type Line } from './blocks';
import { findRootIn } from './root';
import { inChunks, runSteps } from './steps';
import { countCjk, countWords } from './text';

export const DETECTION_MAX_CHARS = 60_000;

export interface PageText {
  lang: 'zh' | 'en' | 'other';
  /** Document title, og:title and early h1/h2 texts. */
  titles: string[];
  /** Lines of the densest region (the likely speech root). */
  lines: Line[];
  root: Element;
  cjkChars: number;
  words: number;
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  return value ? value.trim() : null;
}

function titleCandidates(doc: Document, rootLines: Line[]): string[] {
  const titles: string[] = [];
  const docTitle = doc.title?.trim();
  if (docTitle) titles.push(docTitle);
  const og = metaContent(doc, 'meta[property="og:title"]');
  if (og) titles.push(og);
  const headings = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < headings.length && i < 4; i++) {
    const text = headings[i]?.textContent?.trim();
    if (text && text.length <= 120) titles.push(text);
  }
  // Title lines inside the body: short lines before the first long paragraph.
  for (const line of rootLines.slice(0, 6)) {
    if (line.text.length > 100) break;
    titles.push(line.text);
  }
  return titles;
}

function guessLang(doc: Document, cjk: number, words: number): PageText['lang'] {
  if (cjk >= 30 && cjk >= words) return 'zh';
  const declared = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  if (declared.startsWith('zh')) return cjk > 0 ? 'zh' : 'other';
  if (words > 0 && (declared === '' || declared.startsWith('en'))) return 'en';
  return 'other';
}

export function readPageText(doc: Document): PageText {
  const top = doc.body ?? doc.documentElement;
  return pageTextFromLines(doc, top, collectLines(top, { maxChars: DETECTION_MAX_CHARS }));
}

/** The leading lines that hold the first `maxChars` characters (what a capped walk returns). */
export function capLines(lines: Line[], maxChars = DETECTION_MAX_CHARS): Line[] {
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    total += (lines[i] as Line).text.length;
    if (total >= maxChars) return lines.slice(0, i + 1);
  }
  return lines;
}

/** Same as readPageText, from lines already collected from `top` (capped by the caller). */
export function pageTextFromLines(doc: Document, top: Element, allLines: Line[]): PageText {
  const root = findRootIn(top, allLines);
  const lines = root === top ? allLines : allLines.filter((line) => root.contains(line.node));
  const { lang, cjkChars, words } = languageOfLines(doc, lines);
  return { lang, titles: titleCandidates(doc, lines), lines, root, cjkChars, words };
}

/** The language of some lines of the page, from their CJK characters and words and the declared lang. */
export function languageOfLines(doc: Document, lines: readonly Line[]): Pick<PageText, 'lang' | 'cjkChars' | 'words'> {
  return runSteps(languageSteps(doc, lines));
}

/** languageOfLines in steps (see steps.ts). */
export function* languageSteps(doc: Document, lines: readonly Line[]): Generator<void, Pick<PageText, 'lang' | 'cjkChars' | 'words'>> {
  let cjkChars = 0;
  let words = 0;
  yield* inChunks(lines.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const { text } = lines[i] as Line;
      cjkChars += countCjk(text);
      words += countWords(text);
    }
  });
  return { lang: guessLang(doc, cjkChars, words), cjkChars, words };
}
