// Text helpers shared by the analysis modules. Pure string functions.

const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const ANY_WHITESPACE = /[\s\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff]+/g;

export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/** A single space with a CJK character on either side (such spaces are layout, not text). */
const SPACE_BY_CJK = /(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]) | (?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])/g;

/**
 * Collapses runs of whitespace to single spaces; drops spaces next to CJK characters.
 * Two native regular-expression passes: this runs on every line of every page the
 * detector reads, so no per-word JavaScript.
 */
export function collapseWhitespace(text: string): string {
  const collapsed = text.replace(ANY_WHITESPACE, ' ').trim();
  return collapsed.includes(' ') ? collapsed.replace(SPACE_BY_CJK, '') : collapsed;
}

/** Removes every kind of whitespace (used for fuzzy comparisons). */
export function stripWhitespace(text: string): string {
  return text.replace(ANY_WHITESPACE, '');
}

const NOT_IDEOGRAPHS = /[^\u3400-\u4dbf\u4e00-\u9fff]+/g;

/**
 * Number of CJK ideographs in the text. One native pass: it runs over every line of the speech
 * once per page, in the reader's fresh world, where a character loop in JavaScript runs cold
 * (measured 2–4× slower on 20,000 characters).
 */
export function countCjk(text: string): number {
  return text.replace(NOT_IDEOGRAPHS, '').length;
}

/** Number of Latin-script words (letters, including accented ones). */
export function countWords(text: string): number {
  const m = text.match(/[A-Za-z\u00c0-\u024f\u0600-\u06ff]+(?:['’-][A-Za-z\u00c0-\u024f]+)*/g);
  return m ? m.length : 0;
}

/** Reading length: CJK characters plus Latin words. */
export function textUnits(text: string): number {
  return countCjk(text) + countWords(text);
}

// Full-width marks always end the lead sentence; Latin ones only before a space or the end
// (so 1.5, 10:30 and U.S. stay intact).
const SENTENCE_END = /[。！？；：]|[!?;:](?=\s|$)|(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Prof|vs|No))\.(?=\s|$)/;

/**
 * Cuts a run-in heading to its lead sentence: everything before the first sentence-ending
 * mark found after `from` (the numbering marker is never searched).
 */
export function leadSentence(text: string, from = 0): string {
  const rest = text.slice(from);
  const m = SENTENCE_END.exec(rest);
  if (!m) return text;
  return text.slice(0, from + m.index).trimEnd();
}

/** Half-width brackets, dots and commas so that 提纲 and body texts compare equal. */
export function foldPunctuation(text: string): string {
  return stripWhitespace(text)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[：]/g, ':')
    .replace(/[；]/g, ';')
    .replace(/[“”"「」『』]/g, '')
    .replace(/[。.!！?？,:;、]+$/g, '');
}
