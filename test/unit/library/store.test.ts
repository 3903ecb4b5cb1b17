import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../utils/db/schema';
import { searchRow } from '../../../utils/excerpts/search-row';
import { deleteExcerpts, listHosts, listTags, restoreExcerpts, saveExcerpt, updateExcerpt } from '../../../utils/excerpts/store';
import { draft, freshDb, seed, THREE } from './fixtures';

describe('excerpt store: edit, delete, restore, facets', () => {
  let db: LecternDB;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('saves with the one index formula', async () => {
    const saved = await saveExcerpt(db, draft({ note: '笔记内容', tags: ['路线'] }));
    expect(await db.search.toArray()).toEqual([searchRow(saved)]);
  });

  it('updates note and tags, recomputes terms and bumps updatedAt only', async () => {
    const saved = await saveExcerpt(db, draft(), 1_000);
    const updated = await updateExcerpt(db, saved.id, { note: 'Remember the harvest', tags: ['调查研究', ' 调查研究 ', ''] }, 5_000);
    expect(updated).toMatchObject({ note: 'Remember the harvest', tags: ['调查研究'], createdAt: 1_000, updatedAt: 5_000 });
    const stored = await db.excerpts.get(saved.id);
    expect(stored).toEqual(updated);
    expect(await db.search.toArray()).toEqual([searchRow(stored!)]);
    expect(searchRow(stored!).terms).toEqual(expect.arrayContaining(['harvest', '调查', '研究', '#tag 调查研究']));
    expect(await db.search.where('terms').equals('调查').primaryKeys()).toEqual([[1_000, saved.id]]);
  });

  it('leaves fields not named unchanged, and refuses what an import would reject', async () => {
    const saved = await saveExcerpt(db, draft({ note: 'keep', tags: ['a'] }), 1_000);
    expect(await updateExcerpt(db, saved.id, { tags: ['b'] }, 2_000)).toMatchObject({ note: 'keep', tags: ['b'] });
    await expect(updateExcerpt(db, saved.id, { tags: ['x'.repeat(101)] })).rejects.toThrow(/tags\[0\]/);
    await expect(updateExcerpt(db, 'missing', { note: '' })).rejects.toThrow(/no longer exists/);
    expect((await db.excerpts.get(saved.id))!.tags).toEqual(['b']);
  });

  it('deletes and restores exactly', async () => {
    const saved = await seed(db, THREE);
    const before = await db.excerpts.toArray();
    const removed = await deleteExcerpts(db, [saved[0]!.id, saved[2]!.id, 'not-there']);
    expect(removed.map((row) => row.id).sort()).toEqual([saved[0]!.id, saved[2]!.id].sort());
    expect(await db.excerpts.count()).toBe(1);
    await restoreExcerpts(db, removed);
    expect(await db.excerpts.toArray()).toEqual(before);
  });

  it('lists distinct tags and hosts, sorted', async () => {
    await seed(db, THREE);
    expect(await listTags(db)).toEqual(['发展', '群众路线']);
    expect(await listHosts(db)).toEqual(['www.gov.uk', 'www.wentop.com']);
  });
});
