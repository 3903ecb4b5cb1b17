import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternDB } from '../../../utils/db/schema';
import { listExcerpts, saveExcerpt } from '../../../utils/excerpts/store';
import type { ExcerptDraft } from '../../../utils/excerpts/model';

const draft = (text: string, pageUrl = 'https://example.org/a.html'): ExcerptDraft => ({
  text,
  note: '',
  tags: ['政绩观'],
  pageUrl,
  pageTitle: '标题',
  speechTitle: '在全县动员会上的讲话',
  sectionPath: ['一、牢牢把握'],
});

describe('excerpt store on fake-indexeddb', () => {
  let db: LecternDB;
  beforeEach(() => {
    db = new LecternDB(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('saves with id, host, times and search terms, and lists newest first', async () => {
    const first = await saveExcerpt(db, draft('人民群众是历史的创造者'), 1_000);
    await saveExcerpt(db, draft('Ladies and gentlemen', 'https://gov.uk/speech'), 2_000);
    expect(first).toMatchObject({ host: 'example.org', createdAt: 1_000, updatedAt: 1_000 });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toHaveProperty('terms');
    expect((await db.search.get([1_000, first.id]))!.terms).toEqual(expect.arrayContaining(['人民', '群众', '政绩', '#tag 政绩观', '#host example.org']));
    const all = await listExcerpts(db);
    expect(all.map((e) => e.createdAt)).toEqual([2_000, 1_000]);
    const onePage = await listExcerpts(db, { pageUrl: 'https://example.org/a.html' });
    expect(onePage.map((e) => e.text)).toEqual(['人民群众是历史的创造者']);
  });

  it('finds excerpts by a two-character Chinese word through the terms index, keys in time order', async () => {
    const masses = await saveExcerpt(db, draft('人民群众是历史的创造者'), 3_000);
    await saveExcerpt(db, draft('高质量发展是首要任务'), 2_000);
    const older = await saveExcerpt(db, draft('群众路线'), 1_000);
    expect(await db.search.where('terms').equals('群众').primaryKeys()).toEqual([
      [1_000, older.id],
      [3_000, masses.id],
    ]);
  });
});
