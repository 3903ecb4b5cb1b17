// The library's first page, read with the bare IndexedDB API. The library page starts
// this before its main script (Preact, Dexie, the UI) has loaded, so opening the
// database and reading the newest rows overlap the loading of that script instead of
// following it. Dexie then takes over (and keeps the list live). This never creates
// or upgrades the database: if there is none yet, or anything fails, it answers null
// and the page reads through Dexie as usual.
import type { Excerpt } from '../excerpts/model';

/** IndexedDB's getAllRecords (Chromium 141+): a page of records in either direction, in one request. */
interface RecordsIndex {
  getAllRecords?(options: { count?: number; direction?: IDBCursorDirection }): IDBRequest<Array<{ value: unknown }>>;
}

// Version-1 rows still carry their search terms; the page never shows them.
function shown(value: unknown): Excerpt {
  const { terms: _terms, ...row } = value as Excerpt & { terms?: unknown };
  return row;
}

export function readNewestRows(name: string, limit: number, idb: IDBFactory | undefined = globalThis.indexedDB): Promise<Excerpt[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      if (!idb) return resolve(null);
      request = idb.open(name);
    } catch {
      return resolve(null);
    }
    // No database yet: cancel, so creating it is left to Dexie.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Never stand in the way of Dexie opening a newer version.
      db.onversionchange = () => db.close();
      const done = (rows: Excerpt[] | null) => {
        db.close();
        resolve(rows);
      };
      try {
        if (!db.objectStoreNames.contains('excerpts')) return done(null);
        const tx = db.transaction('excerpts', 'readonly');
        const store = tx.objectStore('excerpts');
        if (!store.indexNames.contains('createdAt')) return done(null);
        const index = store.index('createdAt');
        const records = (index as RecordsIndex).getAllRecords;
        if (typeof records === 'function') {
          // One request instead of a cursor's dozens of steps, each a round trip and a task.
          const request = records.call(index, { count: limit, direction: 'prev' });
          request.onsuccess = () => done(request.result.map((record) => shown(record.value)));
          request.onerror = () => done(null);
          return;
        }
        const rows: Excerpt[] = [];
        const cursor = index.openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (at && rows.length < limit) {
            rows.push(shown(at.value));
            at.continue();
          } else done(rows);
        };
        cursor.onerror = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}
