// Chinese has no spaces between words, so full-text search indexes overlapping
// character bigrams (and single characters, so a one-character query works);
// Latin-script text is indexed by lower-cased words.

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;

export function searchTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const match of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
      addRun(match[0], terms);
    }
  }
  return [...terms];
}

/** The index entries a query must all hit (a query shorter than a bigram matches single characters). */
export function queryTerms(query: string): string[] {
  return searchTerms(query).filter((term, _, all) => !(isSingleHan(term) && all.some((t) => t.length === 2 && t.includes(term))));
}

function addRun(run: string, terms: Set<string>): void {
  let latin = '';
  let han = '';
  const flushLatin = () => {
    if (latin) terms.add(latin);
    latin = '';
  };
  const flushHan = () => {
    const chars = [...han];
    chars.forEach((ch, i) => {
      terms.add(ch);
      const next = chars[i + 1];
      if (next) terms.add(ch + next);
    });
    han = '';
  };
  for (const ch of run) {
    if (HAN.test(ch)) {
      flushLatin();
      han += ch;
    } else {
      flushHan();
      latin += ch;
    }
  }
  flushLatin();
  flushHan();
}

function isSingleHan(term: string): boolean {
  return [...term].length === 1 && HAN.test(term);
}
