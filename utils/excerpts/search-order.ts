import Dexie from 'dexie';
import type { LecternDB } from '../db/schema';

// Sorting thousands of candidates by loading them is the slow part of a search, so
// each database keeps the id order by createdAt in memory, read once from the index
// (keys only) and dropped on any change to the table, in this or another extension
// context (Dexie forwards storagemutated over BroadcastChannel). Ids it does not know
// yet are ranked newest.
const orders = new WeakMap<LecternDB, Promise<Map<string, number>>>();

/** Reads the order ahead of the first search (e.g. when the library page opens). */
export function prepareSearch(db: LecternDB): Promise<void> {
  return createdAtRanks(db).then(() => undefined);
}

/** Ids sorted newest first, without loading the excerpts. */
export async function newestFirstOrder(db: LecternDB, ids: Set<string>): Promise<string[]> {
  const ranks = await createdAtRanks(db);
  const rank = (id: string) => ranks.get(id) ?? Infinity;
  return [...ids].sort((a, b) => rank(b) - rank(a));
}

function createdAtRanks(db: LecternDB): Promise<Map<string, number>> {
  let ranks = orders.get(db);
  if (!ranks) {
    watchChanges(db);
    ranks = db.excerpts
      .orderBy('createdAt')
      .primaryKeys()
      .then((ids) => new Map(ids.map((id, i) => [id, i])));
    ranks.catch(() => orders.delete(db));
    orders.set(db, ranks);
  }
  return ranks;
}

const watched = new WeakSet<LecternDB>();

function watchChanges(db: LecternDB): void {
  if (watched.has(db)) return;
  watched.add(db);
  const table = `idb://${db.name}/${db.excerpts.name}/`;
  const ref = new WeakRef(db);
  Dexie.on('storagemutated', (parts) => {
    const current = ref.deref();
    if (current && Object.keys(parts).some((part) => part.startsWith(table))) orders.delete(current);
  });
}
