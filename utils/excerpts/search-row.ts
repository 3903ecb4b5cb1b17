// The search index of one excerpt, kept in its own table beside the excerpt. Its
// primary key [createdAt, id] makes every index read come back oldest first for
// each term, so the newest matches of a term are read from the end of its range
// without loading or sorting anything; and the excerpt rows stay free of term arrays.
import { searchTerms } from './search-terms';
import type { Excerpt, ExcerptDraft } from './model';

export interface SearchRow {
  createdAt: number;
  id: string;
  /** CJK characters and bigrams, Latin words, plus one entry per tag and one for the site. */
  terms: string[];
}

/** A search row's primary key. */
export type SearchKey = [createdAt: number, id: string];

// Filter entries start with '#', which no word term can (terms are letters and digits).
export const tagTerm = (tag: string) => `#tag ${tag}`;
export const hostTerm = (host: string) => `#host ${host}`;

/** The words and bigrams of an excerpt's searchable text. */
export function excerptTerms(e: Pick<ExcerptDraft, 'text' | 'note' | 'speechTitle' | 'tags'>): string[] {
  return searchTerms(e.text, e.note, e.speechTitle, ...e.tags);
}

/** The search row of an excerpt; every write (save, edit, import, restore, upgrade) goes through this. */
export function searchRow(e: Pick<Excerpt, 'id' | 'createdAt' | 'host' | 'text' | 'note' | 'speechTitle' | 'tags'>): SearchRow {
  return { createdAt: e.createdAt, id: e.id, terms: [...excerptTerms(e), ...new Set(e.tags.map(tagTerm)), hostTerm(e.host)] };
}

export const searchKey = (e: Pick<Excerpt, 'createdAt' | 'id'>): SearchKey => [e.createdAt, e.id];
