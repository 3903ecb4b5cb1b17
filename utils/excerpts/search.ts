// Full-text search over the multi-entry `terms` index. Candidates come from the index
// as primary keys only (intersected across query terms and filters; a rare term alone
// bounds them), are put newest-first without loading them, and are then loaded a
// batch at a time and confirmed until `limit` match (a query of only common terms
// first tries the newest rows). Confirming: every Latin query word must begin a word
// of the excerpt, and every whitespace-separated part of the query must occur
// literally (so "群众" never matches 群 … 众 apart, nor the bigrams of "群众路线"
// scattered about).

import type { LecternDB } from '../db/schema';
import type { Excerpt, ExcerptDraft } from './model';
import { newestFirstOrder } from './search-order';
import { queryTerms, searchTerms } from './search-terms';

export { prepareSearch } from './search-order';

export interface SearchOptions {
  tag?: string;
  host?: string;
  limit?: number;
}

const HAN = /\p{Script=Han}/u;
/** Index reads stop here: a term with more hits than this counts as "common". */
const COMMON = 400;

/** When every query part is common, first look for matches among the newest PROBE × limit rows. */
const PROBE = 3;

type KeyQuery = (limit?: number) => Promise<string[]>;
type KeyCollection = { limit(n: number): KeyCollection; primaryKeys(): Promise<string[]> };

/** The index entries of an excerpt; every write (save, edit, import) must use this. */
export function excerptTerms(e: Pick<ExcerptDraft, 'text' | 'note' | 'speechTitle' | 'tags'>): string[] {
  return searchTerms(e.text, e.note, e.speechTitle, ...e.tags);
}

/**
 * Matching excerpts, newest first. An empty query lists by the filters alone.
 * Cost is driven by how many rows must be loaded: keep `limit` near one screenful.
 */
export async function searchExcerpts(db: LecternDB, query: string, options: SearchOptions = {}): Promise<Excerpt[]> {
  const { tag, host, limit = 50 } = options;
  const terms = queryTerms(query);
  const parts = normalise(query).split(/\s+/).filter(Boolean);
  const matches = (e: Excerpt) =>
    (tag === undefined || e.tags.includes(tag)) && (host === undefined || e.host === host) && confirms(e, terms, parts);
  const termQueries = terms.map((term) => termKeys(db, term));
  const queries = [...termQueries, ...filterKeys(db, tag, host)];
  if (queries.length === 0) return newestFirst(db, limit, parts.length ? matches : undefined);

  // First read at most COMMON keys per query: a rare term or filter alone bounds the
  // candidates. If all are common, read the terms' key sets whole and intersect them;
  // broad filters are then checked on the loaded rows instead.
  const capped = await Promise.all(queries.map((q) => q(COMMON)));
  const complete = capped.filter((keys) => keys.length < COMMON);
  if (complete.length === 0) {
    const probed = await probeNewest(db, limit, matches);
    if (probed) return probed;
    if (termQueries.length === 0) return newestFirst(db, limit, matches);
  }
  const keySets = complete.length ? complete : await Promise.all(termQueries.map((q) => q()));
  return loadMatching(db, intersect(keySets.map((keys) => new Set(keys))), limit, matches);
}

function termKeys(db: LecternDB, term: string): KeyQuery {
  // Han terms are whole characters or bigrams; Latin words match as prefixes ("develop" → "development").
  return keysOf(() => (HAN.test(term) ? db.excerpts.where('terms').equals(term) : db.excerpts.where('terms').startsWith(term)));
}

function filterKeys(db: LecternDB, tag: string | undefined, host: string | undefined): KeyQuery[] {
  const queries: KeyQuery[] = [];
  if (tag !== undefined) queries.push(keysOf(() => db.excerpts.where('tags').equals(tag)));
  if (host !== undefined) queries.push(keysOf(() => db.excerpts.where('host').equals(host)));
  return queries;
}

/** When everything is common, the newest few rows often hold enough matches already. */
async function probeNewest(db: LecternDB, limit: number, matches: (e: Excerpt) => boolean): Promise<Excerpt[] | null> {
  const newest = await newestFirst(db, PROBE * limit);
  const hits = newest.filter(matches);
  return hits.length >= limit || newest.length < PROBE * limit ? hits.slice(0, limit) : null;
}

async function loadMatching(db: LecternDB, candidates: Set<string>, limit: number, matches: (e: Excerpt) => boolean): Promise<Excerpt[]> {
  if (candidates.size > 2 * limit) return loadNewest(db, await newestFirstOrder(db, candidates), limit, matches);
  const rows = await db.excerpts.bulkGet([...candidates]);
  return rows
    .filter((e): e is Excerpt => !!e && matches(e))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, limit);
}

/** Loads candidates in order, a batch at a time, until `limit` of them match. */
async function loadNewest(db: LecternDB, ids: string[], limit: number, matches: (e: Excerpt) => boolean): Promise<Excerpt[]> {
  const found: Excerpt[] = [];
  for (let at = 0; at < ids.length && found.length < limit; at += limit) {
    const rows = await db.excerpts.bulkGet(ids.slice(at, at + limit));
    for (const e of rows) if (e && matches(e) && found.length < limit) found.push(e);
  }
  return found.sort((a, b) => b.createdAt - a.createdAt);
}

// A fresh collection per read: Dexie's limit() changes the collection it is called on.
function keysOf(collection: () => KeyCollection): KeyQuery {
  return (limit) => (limit === undefined ? collection() : collection().limit(limit)).primaryKeys();
}

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const key of smallest!) if (rest.every((set) => set.has(key))) out.add(key);
  return out;
}

function newestFirst(db: LecternDB, limit: number, keep?: (e: Excerpt) => boolean): Promise<Excerpt[]> {
  const newest = db.excerpts.orderBy('createdAt').reverse();
  return (keep ? newest.filter(keep) : newest).limit(limit).toArray();
}

function confirms(e: Excerpt, terms: string[], parts: string[]): boolean {
  const latin = terms.filter((term) => !HAN.test(term));
  if (!latin.every((word) => e.terms.some((t) => t.startsWith(word)))) return false;
  if (parts.length === 0) return true;
  const haystack = normalise([e.text, e.note, e.speechTitle, ...e.tags].join('\n'));
  return parts.every((part) => haystack.includes(part));
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
