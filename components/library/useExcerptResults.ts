import type { LecternDB } from '../../utils/db/schema';
import type { Excerpt } from '../../utils/excerpts/model';
import { searchExcerpts } from '../../utils/excerpts/search';
import { listHosts, listTags } from '../../utils/excerpts/store';
import { useLiveQuery, type Live } from './useLiveQuery';

export interface ResultQuery {
  query: string;
  tag?: string;
  host?: string;
  limit: number;
}

export interface Results {
  rows: Excerpt[];
  /** More rows match than `limit`. */
  hasMore: boolean;
  /** The search and filters these rows answer (the previous rows stay shown while a new search runs). */
  key: string;
  filtered: boolean;
}

export function resultKey({ query, tag, host }: Omit<ResultQuery, 'limit'>): string {
  return JSON.stringify([query, tag ?? null, host ?? null]);
}

/**
 * One page of matching excerpts, newest first, kept current. `firstRows` (the newest
 * rows, read before the page's script loaded) stand for the unfiltered first page
 * until the live query answers.
 */
export function useExcerptResults(db: LecternDB, { query, tag, host, limit }: ResultQuery, firstRows?: Excerpt[]): Live<Results> {
  const unfiltered = !query && tag === undefined && host === undefined;
  const initial = firstRows && unfiltered ? { rows: firstRows.slice(0, limit), hasMore: firstRows.length > limit, key: resultKey({ query }), filtered: false } : undefined;
  return useLiveQuery(async () => {
    // One row beyond the page tells whether "show more" has anything to show.
    const rows = await searchExcerpts(db, query, { tag, host, limit: limit + 1 });
    const filtered = Boolean(query || tag !== undefined || host !== undefined);
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit, key: resultKey({ query, tag, host }), filtered };
  }, [db, query, tag, host, limit], true, initial);
}

export interface Facets {
  total: number;
  tags: string[];
  hosts: string[];
}

/** The library's size and the values the filters offer, kept current; read once `enabled` (after the first rows). */
export function useFacets(db: LecternDB, enabled: boolean): Live<Facets> {
  return useLiveQuery(async () => {
    const [total, tags, hosts] = await Promise.all([db.excerpts.count(), listTags(db), listHosts(db)]);
    return { total, tags, hosts };
  }, [db], enabled);
}
