import Dexie, { type EntityTable } from 'dexie';
import type { Excerpt } from '../excerpts/model';

export const DATABASE_NAME = 'lectern';

/**
 * The reader's saved work. Opened only in extension contexts (background, extension
 * pages): a content script's IndexedDB would belong to the web page's origin.
 * Each schema version stays declared here; its upgrade is tested from stored
 * example data in test/unit/db/.
 */
export class LecternDB extends Dexie {
  excerpts!: EntityTable<Excerpt, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      excerpts: 'id, createdAt, updatedAt, pageUrl, host, *tags, *terms',
    });
  }
}

let shared: LecternDB | undefined;

/** The one database of this extension context. */
export function database(): LecternDB {
  shared ??= new LecternDB();
  return shared;
}
