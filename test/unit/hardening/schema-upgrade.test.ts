// Schema upgrade from every earlier version's stored example data, with no loss.
// Each example under test/fixtures/db/ is loaded into a database declared exactly as
// that version was (not from LecternDB, which moves on), then opened with today's
// LecternDB: every field of every row must read back unchanged, and the indexes work.
// When the schema changes, add test/fixtures/db/v<N>-example.json and it is covered.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LecternDB } from '../../../utils/db/schema';
import { excerptDraftSchema, type Excerpt } from '../../../utils/excerpts/model';
import { searchExcerpts } from '../../../utils/excerpts/search';
import { listExcerpts, listHosts, listTags, updateExcerpt } from '../../../utils/excerpts/store';

const DIR = resolve(import.meta.dirname, '../../fixtures/db');

interface Example {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: { excerpts: Excerpt[] };
}

const examples = readdirSync(DIR)
  .filter((name) => /^v\d+-example\.json$/.test(name))
  .map((name) => [name, JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Example] as const);

/** Writes the example with the schema of its own version, and closes the database. */
async function storeAsVersion(name: string, example: Example): Promise<void> {
  const old = new Dexie(name);
  old.version(example.schemaVersion).stores(example.stores);
  await old.open();
  await old.table('excerpts').bulkAdd(structuredClone(example.tables.excerpts));
  old.close();
}

describe('schema upgrade from stored example data', () => {
  it('has an example for every schema version up to the current one', () => {
    const current = new LecternDB('schema-probe').verno;
    const versions = examples.map(([, example]) => example.schemaVersion).sort();
    expect(versions).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  describe.each(examples)('%s', (_file, example) => {
    const rows = example.tables.excerpts;

    it('covers every field of an excerpt, optional ones included', () => {
      const keys = new Set(rows.flatMap((row) => Object.keys(row)));
      for (const key of ['id', 'text', 'note', 'tags', 'pageUrl', 'pageTitle', 'speechTitle', 'sectionPath', 'anchor', 'host', 'createdAt', 'updatedAt', 'terms']) {
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
        const stored = await db.excerpts.toArray();
        const byId = new Map(stored.map((row) => [row.id, row]));
        expect(stored).toHaveLength(rows.length);
        for (const row of rows) expect(byId.get(row.id), row.id).toEqual(row);

        // The indexes answer as before.
        expect((await listExcerpts(db, { pageUrl: 'https://www.wentop.com/doc/123.html' })).map((row) => row.id).sort()).toEqual(
          rows.filter((row) => row.pageUrl === 'https://www.wentop.com/doc/123.html').map((row) => row.id).sort(),
        );
        expect(await listTags(db)).toEqual([...new Set(rows.flatMap((row) => row.tags))].sort());
        expect(await listHosts(db)).toEqual([...new Set(rows.map((row) => row.host))].sort());
        expect((await searchExcerpts(db, '政绩')).length).toBeGreaterThan(0);
        expect((await searchExcerpts(db, 'Moon')).map((row) => row.id)).toEqual([rows[2]!.id]);
        // And rows stay editable after the upgrade.
        const edited = await updateExcerpt(db, rows[0]!.id, { note: '升级后编辑' });
        expect(edited.note).toBe('升级后编辑');
        expect({ ...edited, note: rows[0]!.note, updatedAt: rows[0]!.updatedAt, terms: rows[0]!.terms }).toEqual(rows[0]);
      } finally {
        db.close();
        await db.delete();
      }
    });
  });
});
