import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Excerpt } from '../excerpts/model';
import { searchRow, type SearchKey, type SearchRow } from '../excerpts/search-row';

import { DATABASE_NAME } from './name';

export { DATABASE_NAME };

/**
 * The reader's saved work. Opened only in extension contexts (background, extension
 * pages): a content script's IndexedDB would belong to the web page's origin.
 * Each schema version stays declared here; its upgrade is tested from stored
 * example data of every earlier version (test/fixtures/db/).
 */
export class LecternDB extends Dexie {
  excerpts!: EntityTable<Excerpt, 'id'>;
  /** One row per excerpt: its search terms, keyed [createdAt, id] (see search-row.ts). */
  search!: Table<SearchRow, SearchKey>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      excerpts: 'id, createdAt, updatedAt, pageUrl, host, *tags, *terms',
    });
    // 2: the terms leave the excerpt rows for the search table, so a search reads keys
    // in time order and loads only the rows it shows.
    this.version(2)
      .stores({
        excerpts: 'id, createdAt, updatedAt, pageUrl, host, *tags',
        search: '[createdAt+id], id, *terms',
      })
      .upgrade(buildSearchTable);
  }
}

/** Rebuilds every search row from the stored excerpt (never from its stored terms), and drops those terms. */
async function buildSearchTable(tx: Transaction): Promise<void> {
  const excerpts = tx.table('excerpts');
  const rows = (await excerpts.toArray()) as Excerpt[];
  await tx.table('search').bulkPut(rows.map(searchRow));
  await excerpts.toCollection().modify((row: Record<string, unknown>) => {
    delete row.terms;
  });
}

let shared: LecternDB | undefined;

/** The one database of this extension context. */
export function database(): LecternDB {
  shared ??= new LecternDB();
  return shared;
}
