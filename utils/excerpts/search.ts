// Full-text search through the search table (search-row.ts). Each query term and
// filter is a lookup in the multi-entry `terms` index, whose keys [createdAt, id] come
// back in time order: the newest keys of a term are read from the end of its range,
// so a search reads keys in proportion to the page it shows, never the whole set of a
// common term (in Chromium's IndexedDB even count() walks every entry). Only the rows
// of the page shown are loaded (bulkGet, in the order shown).
//
// With several lookups: a lookup with fewer than CAP entries is read whole, and the
// rarest such set bounds the candidates; when every lookup is common, the newest
// keys of one drive, read in growing batches. Candidates are checked against the
// remaining lookups on their loaded rows, with the same term formula the index uses.
//
// Semantics: Han terms are characters and bigrams, matched exactly; Latin words match
// as prefixes ("develop" → "development"); tag and site filters are index entries
// too. A whitespace-separated part of the query that one index entry cannot answer
// exactly ("群众路线": its bigrams could lie apart; "co-operation") must also occur
// literally, checked on the loaded rows.

import type { LecternDB } from '../db/schema';
import type { Excerpt } from './model';
import { hostTerm, searchRow, tagTerm, type SearchKey } from './search-row';
import { queryTerms } from './search-terms';

export { excerptTerms } from './search-row';

export interface SearchOptions {
  tag?: string;
  host?: string;
  limit?: number;
}

export interface SearchPage {
  /** Newest first, at most `limit`. */
  rows: Excerpt[];
  /** How many excerpts match in all, when the keys read tell it; null when that would take reading them all. */
  total: number | null;
}

const HAN = /\p{Script=Han}/u;
/** A lookup with fewer entries than this is read whole ("rare"). */
const CAP = 200;
/** A prefix matching more distinct words than this is read as one range. */
const MAX_WORDS = 32;

interface Lookup {
  term: string;
  /** Latin words match as prefixes of indexed words. */
  prefix: boolean;
}

/** Matching excerpts, newest first. An empty query lists by the filters alone. */
export async function searchExcerpts(db: LecternDB, query: string, options: SearchOptions = {}): Promise<Excerpt[]> {
  return (await searchPage(db, query, options)).rows;
}

/** One page of matches and, when the index reads tell it, how many match in all. */
export function searchPage(db: LecternDB, query: string, { tag, host, limit = 50 }: SearchOptions = {}): Promise<SearchPage> {
  const parts = normalise(query).split(/\s+/).filter(Boolean);
  const literal = parts.filter((part) => !answeredByIndex(part));
  const lookups: Lookup[] = [
    ...queryTerms(query).map((term) => ({ term, prefix: !HAN.test(term) })),
    ...(tag === undefined ? [] : [{ term: tagTerm(tag), prefix: false }]),
    ...(host === undefined ? [] : [{ term: hostTerm(host), prefix: false }]),
  ];
  // No words and no filters: one indexed read of the newest rows (the library's first page).
  if (lookups.length === 0) return withoutTerms(db, literal, limit);
  // One read-only transaction, so the keys and the rows they name agree.
  return db.transaction('r', db.excerpts, db.search, async () => {
    const first = Math.max(CAP, limit + 1);
    const reads = await Promise.all(lookups.map((lookup) => newestKeys(db, lookup, first)));
    const rare = reads.map((read, i) => ({ ...read, lookup: lookups[i]! })).filter((read) => read.complete);
    if (rare.length > 0) {
      rare.sort((a, b) => a.keys.length - b.keys.length);
      let keys = rare[0]!.keys;
      for (const other of rare.slice(1)) {
        const ids = new Set(other.keys.map(([, id]) => id));
        keys = keys.filter(([, id]) => ids.has(id));
      }
      if (keys.length === 0) return { rows: [], total: 0 };
      const unchecked = lookups.filter((_, i) => !reads[i]!.complete);
      if (unchecked.length === 0 && literal.length === 0) return { rows: await load(db, keys.slice(0, limit)), total: keys.length };
      return { rows: (await loadMatching(db, keys, limit, matcher(unchecked, literal))).found, total: null };
    }
    // Every lookup is common: the newest keys of one (an exact term if any) drive.
    const lead = Math.max(0, lookups.findIndex((lookup) => !lookup.prefix));
    const rest = lookups.filter((_, i) => i !== lead);
    if (rest.length === 0 && literal.length === 0) return { rows: await load(db, reads[lead]!.keys.slice(0, limit)), total: null };
    const matches = matcher(rest, literal);
    let read = reads[lead]!;
    const found: Excerpt[] = [];
    for (let checked = 0, size = first; ; ) {
      const more = await loadMatching(db, read.keys.slice(checked), limit - found.length, matches);
      found.push(...more.found);
      checked += more.checked;
      if (found.length >= limit || read.complete) return { rows: found, total: read.complete ? found.length : null };
      size *= 4;
      read = await newestKeys(db, lookups[lead]!, size);
    }
  });
}

/** The newest `n` keys of a lookup, and whether that is all of them. */
async function newestKeys(db: LecternDB, { term, prefix }: Lookup, n: number): Promise<{ keys: SearchKey[]; complete: boolean }> {
  const newest = (word: string) => db.search.where('terms').equals(word).reverse().limit(n).primaryKeys();
  if (!prefix) {
    const keys = await newest(term);
    return { keys, complete: keys.length < n };
  }
  // Each word's keys are in time order; the newest n of their union are among the newest n of each.
  const words = await wordsStartingWith(db, term);
  if (words === null) {
    const keys = unique(await db.search.where('terms').startsWith(term).primaryKeys()).sort(newestFirst);
    return { keys, complete: true };
  }
  const lists = await Promise.all(words.map(newest));
  const complete = lists.every((keys) => keys.length < n);
  const keys = unique(lists.flat().sort(newestFirst));
  return { keys: complete ? keys : keys.slice(0, n), complete };
}

/**
 * The distinct indexed words that start with `prefix`, or null when there are more
 * than MAX_WORDS. One seek per word: a range that leaves out the word found last
 * starts at the next one. (uniqueKeys() would step over every entry of every word,
 * which in Chromium's IndexedDB costs as much as reading them.)
 */
async function wordsStartingWith(db: LecternDB, prefix: string): Promise<string[] | null> {
  const words: string[] = [];
  const end = prefix + '\uffff';
  for (let after = prefix, open = false; words.length <= MAX_WORDS; open = true) {
    const [next] = await db.search.where('terms').between(after, end, !open, true).limit(1).keys();
    if (next === undefined) return words;
    words.push(String(next));
    after = String(next);
  }
  return null;
}

/** A row matches the lookups not used to find it, by the index's own term formula, and every literal part. */
function matcher(lookups: Lookup[], literal: string[]): (e: Excerpt) => boolean {
  return (e) => {
    if (lookups.length > 0) {
      const terms = searchRow(e).terms;
      const has = new Set(terms);
      if (!lookups.every(({ term, prefix }) => (prefix ? terms.some((t) => t.startsWith(term)) : has.has(term)))) return false;
    }
    return containsAll(e, literal);
  };
}

/** A query of no words (only punctuation, say) and no filters: the newest rows, checked literally. */
async function withoutTerms(db: LecternDB, literal: string[], limit: number): Promise<SearchPage> {
  const newest = db.excerpts.orderBy('createdAt').reverse();
  if (literal.length === 0) {
    const [rows, total] = await Promise.all([newest.limit(limit).toArray(), db.excerpts.count()]);
    return { rows, total };
  }
  return { rows: await newest.filter((e) => containsAll(e, literal)).limit(limit).toArray(), total: null };
}

async function load(db: LecternDB, keys: SearchKey[]): Promise<Excerpt[]> {
  const rows = await db.excerpts.bulkGet(keys.map(([, id]) => id));
  return rows.filter((row): row is Excerpt => row !== undefined);
}

/** Loads candidates in the order shown, a page at a time, until `limit` of them match; says how many it checked. */
async function loadMatching(db: LecternDB, keys: SearchKey[], limit: number, matches: (e: Excerpt) => boolean): Promise<{ found: Excerpt[]; checked: number }> {
  const found: Excerpt[] = [];
  let at = 0;
  while (at < keys.length && found.length < limit) {
    const batch = keys.slice(at, at + Math.max(limit - found.length, 10));
    for (const row of await load(db, batch)) {
      if (found.length < limit && matches(row)) found.push(row);
    }
    at += batch.length;
  }
  return { found, checked: at };
}

/** True when one index entry finds exactly the excerpts that contain the part literally. */
function answeredByIndex(part: string): boolean {
  const terms = queryTerms(part);
  return terms.length === 1 && terms[0] === part;
}

function containsAll(e: Excerpt, parts: string[]): boolean {
  const haystack = normalise([e.text, e.note, e.speechTitle, ...e.tags].join('\n'));
  return parts.every((part) => haystack.includes(part));
}

/** A prefix range can hold one excerpt under several words ("energy", "energysaving"). */
function unique(keys: SearchKey[]): SearchKey[] {
  const seen = new Set<string>();
  return keys.filter(([, id]) => !seen.has(id) && (seen.add(id), true));
}

function newestFirst(a: SearchKey, b: SearchKey): number {
  return b[0] - a[0] || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0);
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
