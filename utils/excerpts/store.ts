import type { LecternDB } from '../db/schema';
import { excerptDraftSchema, type Excerpt, type ExcerptDraft } from './model';
import { searchKey, searchRow } from './search-row';
import { hostOf } from './url';

/** Stores a new excerpt and returns it as stored. */
export async function saveExcerpt(db: LecternDB, draft: ExcerptDraft, now = Date.now()): Promise<Excerpt> {
  const excerpt: Excerpt = {
    ...draft,
    id: crypto.randomUUID(),
    host: hostOf(draft.pageUrl),
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.excerpts, db.search, () => Promise.all([db.excerpts.add(excerpt), db.search.add(searchRow(excerpt))]));
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

export type ExcerptChanges = Partial<Pick<Excerpt, 'note' | 'tags'>>;

/** Changes the reader's own fields of one excerpt; returns it as stored, or throws if it is gone. */
export async function updateExcerpt(db: LecternDB, id: string, changes: ExcerptChanges, now = Date.now()): Promise<Excerpt> {
  return db.transaction('rw', db.excerpts, db.search, async () => {
    const current = await db.excerpts.get(id);
    if (!current) throw new Error(`The excerpt ${id} no longer exists.`);
    const next: Excerpt = { ...current, updatedAt: now };
    if (changes.note !== undefined) next.note = changes.note;
    if (changes.tags !== undefined) next.tags = uniqueTags(changes.tags);
    // Keep every row importable: an export is validated against the draft schema.
    const checked = excerptDraftSchema(next);
    if (!checked.ok) throw new RangeError(checked.error);
    await Promise.all([db.excerpts.put(next), db.search.put(searchRow(next))]);
    return next;
  });
}

/** Removes excerpts and returns the rows removed, exactly as stored, for an undo. */
export async function deleteExcerpts(db: LecternDB, ids: string[]): Promise<Excerpt[]> {
  return db.transaction('rw', db.excerpts, db.search, async () => {
    const rows = (await db.excerpts.bulkGet(ids)).filter((row): row is Excerpt => row !== undefined);
    await Promise.all([db.excerpts.bulkDelete(rows.map((row) => row.id)), db.search.bulkDelete(rows.map(searchKey))]);
    return rows;
  });
}

/** Puts removed rows back unchanged (same ids and times), searchable again. */
export async function restoreExcerpts(db: LecternDB, rows: Excerpt[]): Promise<void> {
  await db.transaction('rw', db.excerpts, db.search, () => Promise.all([db.excerpts.bulkPut(rows), db.search.bulkPut(rows.map(searchRow))]));
}

/** Every tag in use, sorted, read from the multi-entry index without loading excerpts. */
export async function listTags(db: LecternDB): Promise<string[]> {
  return (await db.excerpts.orderBy('tags').uniqueKeys()).map(String);
}

/** Every site excerpts came from, sorted. */
export async function listHosts(db: LecternDB): Promise<string[]> {
  return (await db.excerpts.orderBy('host').uniqueKeys()).map(String).filter(Boolean);
}

function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}
