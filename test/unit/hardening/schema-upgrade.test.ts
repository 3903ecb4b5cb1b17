// Schema upgrade from every earlier version's stored example data, with no loss.
// Each example under test/fixtures/db/ is loaded into a database declared exactly as
// that version was (not from LecternDB, which moves on), then opened with today's
// LecternDB: every field of every excerpt must read back unchanged, the search table
// must be rebuilt from the stored rows (never trusted from them), and the indexes work.
// When the schema changes, add test/fixtures/db/v<N>-example.json (written by
// scripts/capture-db-example.ts, real code) and it is covered.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LecternDB } from '../../../utils/db/schema';
import { excerptDraftSchema, type Excerpt } from '../../../utils/excerpts/model';
import { searchExcerpts, searchPage } from '../../../utils/excerpts/search';
import { searchRow } from '../../../utils/excerpts/search-row';
import { deleteExcerpts, listExcerpts, listHosts, listTags, saveExcerpt, updateExcerpt } from '../../../utils/excerpts/store';

const DIR = resolve(import.meta.dirname, '../../fixtures/db');

interface Example {
  schemaVersion: number;
  stores: Record<string, string>;
  /** Rows of every table, exactly as that version stored them (v1 excerpts still carry their `terms`). */
  tables: { excerpts: Array<Excerpt & { terms?: string[] }> } & Record<string, unknown[]>;
}

/** An excerpt as the reader sees it: every field but the search terms version 1 kept in the row. */
const withoutTerms = ({ terms: _terms, ...row }: Excerpt & { terms?: string[] }): Excerpt => row;

const examples = readdirSync(DIR)
  .filter((name) => /^v\d+-example\.json$/.test(name))
  .map((name) => [name, JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Example] as const);

/** Writes the example with the schema of its own version, and closes the database. */
async function storeAsVersion(name: string, example: Example): Promise<void> {
  const old = new Dexie(name);
  old.version(example.schemaVersion).stores(example.stores);
  await old.open();
  for (const [table, rows] of Object.entries(example.tables)) await old.table(table).bulkAdd(structuredClone(rows));
  old.close();
}

describe('schema upgrade from stored example data', () => {
  it('has an example for every schema version up to the current one', () => {
    const current = new LecternDB('schema-probe').verno;
    const versions = examples.map(([, example]) => example.schemaVersion).sort();
    expect(versions).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  describe.each(examples)('%s', (_file, example) => {
    const stored = example.tables.excerpts;
    const rows = stored.map(withoutTerms);

    it('covers every field of an excerpt, optional ones included', () => {
      const keys = new Set(stored.flatMap((row) => Object.keys(row)));
      const fields = ['id', 'text', 'note', 'tags', 'pageUrl', 'pageTitle', 'speechTitle', 'sectionPath', 'anchor', 'host', 'createdAt', 'updatedAt'];
      for (const key of example.schemaVersion === 1 ? [...fields, 'terms'] : fields) {
        expect(keys, key).toContain(key);
      }
      expect(rows.some((row) => row.anchor?.sectionIndex !== undefined)).toBe(true);
      expect(rows.some((row) => row.anchor && row.anchor.sectionIndex === undefined)).toBe(true);
      expect(rows.some((row) => !row.anchor)).toBe(true);
      for (const row of rows) expect(excerptDraftSchema(row).ok, row.id).toBe(true);
    });

    it('opens with today’s LecternDB and reads every row back unchanged', async () => {
      const name = `upgrade-v${example.schemaVersion}-${Math.random()}`;
      await storeAsVersion(name, example);
      const db = new LecternDB(name);
      try {
        await db.open();
        expect(db.verno).toBeGreaterThanOrEqual(example.schemaVersion);
        const read = await db.excerpts.toArray();
        const byId = new Map(read.map((row) => [row.id, row]));
        expect(read).toHaveLength(rows.length);
        for (const row of rows) expect(byId.get(row.id), row.id).toEqual(row);
        // One search row per excerpt, as today's code writes it (from the row, not from stored terms).
        const search = await db.search.toArray();
        expect(search.sort((a, b) => a.id.localeCompare(b.id))).toEqual(rows.map(searchRow).sort((a, b) => a.id.localeCompare(b.id)));

        // The indexes answer as before.
        expect((await listExcerpts(db, { pageUrl: 'https://www.wentop.com/doc/123.html' })).map((row) => row.id).sort()).toEqual(
          rows.filter((row) => row.pageUrl === 'https://www.wentop.com/doc/123.html').map((row) => row.id).sort(),
        );
        expect(await listTags(db)).toEqual([...new Set(rows.flatMap((row) => row.tags))].sort());
        expect(await listHosts(db)).toEqual([...new Set(rows.map((row) => row.host))].sort());
        expect((await searchExcerpts(db, '政绩')).length).toBeGreaterThan(0);
        expect((await searchExcerpts(db, 'Moon')).map((row) => row.id)).toEqual([rows[2]!.id]);
        const tagged = rows.filter((row) => row.tags.includes('政绩观')).sort((a, b) => b.createdAt - a.createdAt);
        expect(await searchPage(db, '', { tag: '政绩观' })).toEqual({ rows: tagged, total: tagged.length });
        // And rows stay editable after the upgrade.
        const edited = await updateExcerpt(db, rows[0]!.id, { note: '升级后编辑' });
        expect(edited.note).toBe('升级后编辑');
        expect({ ...edited, note: rows[0]!.note, updatedAt: rows[0]!.updatedAt }).toEqual(rows[0]);
        expect((await searchExcerpts(db, '升级后编辑')).map((row) => row.id)).toEqual([rows[0]!.id]);
        // New saves and deletes keep both tables in step.
        const added = await saveExcerpt(db, { ...rows[1]!, text: '升级以后保存的摘录', tags: [] }, Date.UTC(2027, 0, 1));
        expect((await searchExcerpts(db, '', { limit: 1 }))[0]).toEqual(added);
        await deleteExcerpts(db, [added.id, rows[2]!.id]);
        expect(await searchExcerpts(db, 'Moon')).toEqual([]);
        expect(await db.search.count()).toBe(rows.length - 1);
      } finally {
        db.close();
        await db.delete();
      }
    });
  });

  it('rebuilds the search index of version-1 rows from their text, not from the terms they carried', async () => {
    const [, v1] = examples.find(([, example]) => example.schemaVersion === 1)!;
    const tampered = structuredClone(v1);
    for (const row of tampered.tables.excerpts) row.terms = ['bogus'];
    const name = `upgrade-tampered-${Math.random()}`;
    await storeAsVersion(name, tampered);
    const db = new LecternDB(name);
    try {
      expect(await searchExcerpts(db, 'bogus')).toEqual([]);
      expect((await searchExcerpts(db, 'Moon')).map((row) => row.id)).toEqual([v1.tables.excerpts[2]!.id]);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
