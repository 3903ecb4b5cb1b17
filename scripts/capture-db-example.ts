// Writes test/fixtures/db/v<N>-example.json for the current schema version, with
// the extension's own write path (saveExcerpt, updateExcerpt) on fake-indexeddb:
// the same passages as the earlier examples, stored as today's code stores them.
// Run once when a schema version is added: `npx tsx scripts/capture-db-example.ts`.
import 'fake-indexeddb/auto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LecternDB } from '../utils/db/schema';
import type { Excerpt, ExcerptDraft } from '../utils/excerpts/model';
import { saveExcerpt, updateExcerpt } from '../utils/excerpts/store';
import { ROOT } from './lib/browser';

const DIR = join(ROOT, 'test/fixtures/db');

const v1 = JSON.parse(await readFile(join(DIR, 'v1-example.json'), 'utf8')) as { tables: { excerpts: Excerpt[] } };
const db = new LecternDB(`capture-${Date.now()}`);
await db.open();
const saved: string[] = [];
for (const row of v1.tables.excerpts) {
  const draft: ExcerptDraft = {
    text: row.text,
    note: row.note,
    tags: row.tags,
    pageUrl: row.pageUrl,
    pageTitle: row.pageTitle,
    speechTitle: row.speechTitle,
    sectionPath: row.sectionPath,
    ...(row.anchor ? { anchor: row.anchor } : {}),
  };
  // saveExcerpt keeps only the draft's tags; the note is then edited, as a reader would.
  const { id } = await saveExcerpt(db, { ...draft, note: '' }, row.createdAt + 7 * 24 * 3_600_000);
  saved.push(id);
  if (draft.note) await updateExcerpt(db, id, { note: draft.note }, row.updatedAt + 7 * 24 * 3_600_000 + 1);
}

const tables: Record<string, unknown[]> = {};
const stores: Record<string, string> = {};
for (const table of db.tables) {
  stores[table.name] = [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', ');
  tables[table.name] = await table.toArray();
}
// In the order they were saved, as in the earlier examples (the test picks rows by position).
tables.excerpts = (await db.excerpts.bulkGet(saved)).filter(Boolean);
const example = {
  about: `Example rows of LecternDB schema version ${db.verno}, written by scripts/capture-db-example.ts through saveExcerpt and updateExcerpt (the extension's own write path) and dumped exactly as stored. Used by test/unit/hardening/schema-upgrade.test.ts: every later schema version must open this data without loss. Do not edit; add a v${db.verno + 1} example next to it when the schema changes.`,
  schemaVersion: db.verno,
  stores,
  tables,
};
const file = join(DIR, `v${db.verno}-example.json`);
await writeFile(file, `${JSON.stringify(example, null, 2)}\n`);
db.close();
await db.delete();
console.log(`wrote ${file}`);
