import type { LecternDB } from '../../utils/db/schema';
import type { Excerpt } from '../../utils/excerpts/model';
import { searchExcerpts } from '../../utils/excerpts/search';

/** Every excerpt the search and filters match (none can match beyond the table's size). */
export async function matchingRows(db: LecternDB, filter: { query: string; tag?: string; host?: string }): Promise<Excerpt[]> {
  const limit = Math.max(1, await db.excerpts.count());
  return searchExcerpts(db, filter.query, { tag: filter.tag, host: filter.host, limit });
}

/** The selected excerpts still stored, newest first. */
export async function selectedRows(db: LecternDB, ids: string[]): Promise<Excerpt[]> {
  const rows = await db.excerpts.bulkGet(ids);
  return rows.filter((row): row is Excerpt => row !== undefined).sort((a, b) => b.createdAt - a.createdAt);
}
