import type { LecternDB } from '../db/schema';
import type { Excerpt, ExcerptDraft } from './model';
import { searchTerms } from './search-terms';
import { hostOf } from './url';

/** Stores a new excerpt and returns it as stored. */
export async function saveExcerpt(db: LecternDB, draft: ExcerptDraft, now = Date.now()): Promise<Excerpt> {
  const excerpt: Excerpt = {
    ...draft,
    id: crypto.randomUUID(),
    host: hostOf(draft.pageUrl),
    createdAt: now,
    updatedAt: now,
    terms: searchTerms(draft.text, draft.note, draft.speechTitle, ...draft.tags),
  };
  await db.excerpts.add(excerpt);
  return excerpt;
}

/** Newest first; optionally only those of one page. */
export async function listExcerpts(db: LecternDB, options: { pageUrl?: string; limit?: number } = {}): Promise<Excerpt[]> {
  const { pageUrl, limit = 200 } = options;
  if (pageUrl) {
    const rows = await db.excerpts.where('pageUrl').equals(pageUrl).toArray();
    return rows.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
  }
  return db.excerpts.orderBy('createdAt').reverse().limit(limit).toArray();
}
