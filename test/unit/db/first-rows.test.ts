import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readNewestRows } from '../../../utils/db/first-rows';
import { LecternDB } from '../../../utils/db/schema';
import { searchExcerpts } from '../../../utils/excerpts/search';
import { seed, THREE } from '../library/fixtures';

describe('the library’s first rows, read before Dexie loads', () => {
  it('answers null and creates nothing when there is no database yet', async () => {
    const name = `none-${crypto.randomUUID()}`;
    expect(await readNewestRows(name, 51)).toBeNull();
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('reads the newest rows, newest first, exactly as the live query lists them', async () => {
    const db = new LecternDB(`first-${crypto.randomUUID()}`);
    try {
      await seed(db, THREE);
      const rows = await readNewestRows(db.name, 2);
      expect(rows).toEqual((await searchExcerpts(db, '', { limit: 2 })));
      expect(rows!.map((row) => row.text)).toEqual([THREE[2]!.text, THREE[1]!.text]);
    } finally {
      await db.delete();
    }
  });

  it('reads version-1 rows without their terms, and never blocks the upgrade that follows', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ excerpts: 'id, createdAt, updatedAt, pageUrl, host, *tags, *terms' });
    const row = { id: 'a', text: '人民群众', note: '', tags: [], pageUrl: 'https://a.example/', pageTitle: '', speechTitle: '', sectionPath: [], host: 'a.example', createdAt: 1, updatedAt: 1 };
    await old.table('excerpts').add({ ...row, terms: ['人民'] });
    old.close();
    const [rows, upgraded] = await Promise.all([readNewestRows(name, 51), new LecternDB(name).open()]);
    try {
      expect(rows).toEqual([row]);
      expect(upgraded.verno).toBe(2);
      expect(await searchExcerpts(upgraded as LecternDB, '群众')).toEqual([row]);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
