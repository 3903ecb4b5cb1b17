// Full-text search through the search table (search-row.ts). Each query term and
// filter resolves to primary keys [createdAt, id] through the multi-entry `terms`
// index: every lookup is counted first, the rarest is read whole and the others
// intersect it. The keys carry the time, so matches are put newest first without
// loading a row, and only the rows of the page shown are loaded (bulkGet, in the
// order shown). One term alone needs no intersection: its newest keys are read from
// the end of its index range.
//
// Semantics: Han terms are characters and bigrams, matched exactly; Latin words match
// as prefixes ("develop" → "development"); tag and site filters are index entries
// too. A whitespace-separated part of the query that one index entry cannot answer
// exactly ("群众路线": its bigrams could lie apart; "co-operation") must also occur
// literally, which is confirmed on the loaded rows a page at a time.

import type { LecternDB } from '../db/schema';
import type { Excerpt } from './model';
import { hostTerm, tagTerm, type SearchKey } from './search-row';
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
  /** How many excerpts match in all, or null when only loading every candidate would tell. */
  total: number | null;
}

const HAN = /\p{Script=Han}/u;

interface Lookup {
  /** A fresh collection per read: Dexie's limit() and reverse() change the one they are called on. */
  keys(db: LecternDB): { count(): Promise<number>; primaryKeys(): Promise<SearchKey[]>; reverse(): { limit(n: number): { primaryKeys(): Promise<SearchKey[]> } } };
  /** One index entry (so its keys come back in time order), not a prefix range. */
  single: boolean;
}

const exact = (term: string): Lookup => ({ keys: (db) => db.search.where('terms').equals(term), single: true });
const prefix = (term: string): Lookup => ({ keys: (db) => db.search.where('terms').startsWith(term), single: false });

/** Matching excerpts, newest first. An empty query lists by the filters alone. */
export async function searchExcerpts(db: LecternDB, query: string, options: SearchOptions = {}): Promise<Excerpt[]> {
  return (await searchPage(db, query, options)).rows;
}

/** One page of matches and, when the index alone tells it, how many match in all. */
export function searchPage(db: LecternDB, query: string, { tag, host, limit = 50 }: SearchOptions = {}): Promise<SearchPage> {
  const parts = normalise(query).split(/\s+/).filter(Boolean);
  const literal = parts.filter((part) => !answeredByIndex(part));
  const lookups = [
    ...queryTerms(query).map((term) => (HAN.test(term) ? exact(term) : prefix(term))),
    ...(tag === undefined ? [] : [exact(tagTerm(tag))]),
    ...(host === undefined ? [] : [exact(hostTerm(host))]),
  ];
  // No words and no filters: one indexed read of the newest rows (the library's first page).
  if (lookups.length === 0) return withoutTerms(db, literal, limit);
  // One read-only transaction, so the keys and the rows they name agree.
  return db.transaction('r', db.excerpts, db.search, async () => {
    const counted = await Promise.all(lookups.map(async (lookup) => ({ lookup, count: await lookup.keys(db).count() })));
    counted.sort((a, b) => a.count - b.count);
    const [rarest, ...others] = counted;
    if (rarest!.count === 0) return { rows: [], total: 0 };
    if (others.length === 0 && rarest!.lookup.single && literal.length === 0) {
      const keys = await rarest!.lookup.keys(db).reverse().limit(limit).primaryKeys();
      return { rows: await load(db, keys), total: rarest!.count };
    }
    let keys = unique(await rarest!.lookup.keys(db).primaryKeys());
    for (const { lookup } of others) {
      if (keys.length === 0) break;
      const ids = new Set((await lookup.keys(db).primaryKeys()).map(([, id]) => id));
      keys = keys.filter(([, id]) => ids.has(id));
    }
    keys.sort(newestFirst);
    if (literal.length === 0) return { rows: await load(db, keys.slice(0, limit)), total: keys.length };
    return { rows: await loadConfirmed(db, keys, limit, literal), total: null };
  });
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

/** Loads candidates in the order shown, a page at a time, until `limit` of them contain every literal part. */
async function loadConfirmed(db: LecternDB, keys: SearchKey[], limit: number, literal: string[]): Promise<Excerpt[]> {
  const found: Excerpt[] = [];
  for (let at = 0; at < keys.length && found.length < limit; at += limit) {
    for (const row of await load(db, keys.slice(at, at + limit))) {
      if (found.length < limit && containsAll(row, literal)) found.push(row);
    }
  }
  return found;
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
