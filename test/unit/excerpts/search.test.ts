import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LecternDB } from '../../../utils/db/schema';
import type { Excerpt } from '../../../utils/excerpts/model';
import { searchExcerpts, searchPage } from '../../../utils/excerpts/search';
import { deleteExcerpts, restoreExcerpts } from '../../../utils/excerpts/store';

let db: LecternDB;
let clock = 1_000;

function row(text: string, fields: Partial<Excerpt> = {}): Excerpt {
  const e = {
    id: `e${clock}`,
    text,
    note: '',
    tags: [],
    pageUrl: 'https://www.gov.cn/a.html',
    pageTitle: '',
    speechTitle: '',
    sectionPath: [],
    host: 'www.gov.cn',
    createdAt: clock,
    updatedAt: clock,
    ...fields,
  } as Excerpt;
  clock += 1;
  return e;
}

const texts = (list: Excerpt[]) => list.map((e) => e.text);

beforeEach(async () => {
  db = new LecternDB(`test-${crypto.randomUUID()}`);
  clock = 1_000;
  await restoreExcerpts(db, [
    row('人民群众是历史的创造者', { tags: ['人民'] }),
    row('群体性事件要依法处置，众志成城'),
    row('高质量发展是首要任务', { tags: ['发展', '人民'], host: 'example.org' }),
    row('The GDP grew by five percent; development matters.', { host: 'gov.uk' }),
    row('群众路线是党的生命线', { note: '重要' }),
    row('我们的群众 路线', { speechTitle: 'Party building' }),
  ]);
});

afterEach(async () => {
  await db.delete();
});

describe('searchExcerpts', () => {
  it('finds a two-character Chinese word, newest first', async () => {
    expect(texts(await searchExcerpts(db, '群众'))).toEqual(['我们的群众 路线', '群众路线是党的生命线', '人民群众是历史的创造者']);
  });

  it('does not match characters that only occur apart, or bigrams out of order', async () => {
    // "群体性事件…众志成城" has 群 and 众 but not 群众.
    expect(texts(await searchExcerpts(db, '群众'))).not.toContain('群体性事件要依法处置，众志成城');
    // 群众 and 路线 both occur in the last excerpt, but not as 群众路线.
    expect(texts(await searchExcerpts(db, '群众路线'))).toEqual(['群众路线是党的生命线']);
    expect(texts(await searchExcerpts(db, '众路'))).toEqual(['群众路线是党的生命线']);
  });

  it('finds a single Chinese character', async () => {
    expect(texts(await searchExcerpts(db, '众'))).toHaveLength(4);
  });

  it('matches English words case-insensitively, and as word prefixes only', async () => {
    expect(texts(await searchExcerpts(db, 'gdp'))).toEqual(['The GDP grew by five percent; development matters.']);
    expect(texts(await searchExcerpts(db, 'DEVELOP'))).toHaveLength(1);
    expect(await searchExcerpts(db, 'evelop')).toEqual([]);
    expect(texts(await searchExcerpts(db, 'party'))).toEqual(['我们的群众 路线']);
  });

  it('requires every part of a multi-word query, in any order', async () => {
    expect(texts(await searchExcerpts(db, '路线 群众'))).toEqual(['我们的群众 路线', '群众路线是党的生命线']);
    expect(texts(await searchExcerpts(db, 'gdp 群众'))).toEqual([]);
  });

  it('searches notes and tags too, and normalises full-width letters', async () => {
    expect(texts(await searchExcerpts(db, '重要'))).toEqual(['群众路线是党的生命线']);
    expect(texts(await searchExcerpts(db, 'ＧＤＰ'))).toHaveLength(1);
  });

  it('filters by tag and by host, with or without a query', async () => {
    expect(texts(await searchExcerpts(db, '', { tag: '人民' }))).toEqual(['高质量发展是首要任务', '人民群众是历史的创造者']);
    expect(texts(await searchExcerpts(db, '人民', { tag: '人民', host: 'www.gov.cn' }))).toEqual(['人民群众是历史的创造者']);
    expect(texts(await searchExcerpts(db, '', { host: 'gov.uk' }))).toHaveLength(1);
    expect(await searchExcerpts(db, '群众', { host: 'gov.uk' })).toEqual([]);
  });

  it('lists everything newest first for an empty query, up to the limit', async () => {
    expect(await searchExcerpts(db, '  ')).toHaveLength(6);
    expect(texts(await searchExcerpts(db, '', { limit: 2 }))).toEqual(['我们的群众 路线', '群众路线是党的生命线']);
  });

  it('matches a punctuation-only query literally (full-width folded to ASCII)', async () => {
    expect(texts(await searchExcerpts(db, '？'))).toEqual([]);
    expect(texts(await searchExcerpts(db, ';'))).toHaveLength(1);
    expect(texts(await searchExcerpts(db, '；'))).toHaveLength(1);
  });

  it('walks newest-first when a term is very common, and still confirms every match', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => row(i % 3 === 0 ? `第${i}条：坚持发展` : `第${i}条：发 展`));
    await restoreExcerpts(db, many);
    const hits = await searchExcerpts(db, '发', { limit: 50 });
    expect(hits).toHaveLength(50);
    expect(hits.map((e) => e.createdAt)).toEqual([...hits.map((e) => e.createdAt)].sort((a, b) => b - a));
    const words = await searchExcerpts(db, '发展', { limit: 1_000 });
    expect(words.every((e) => e.text.includes('发展'))).toBe(true);
    expect(words).toHaveLength(401);
    // Two common terms: full key sets intersected, then confirmed literally.
    expect(await searchExcerpts(db, '发展 条', { limit: 1_000 })).toHaveLength(400);
    const newest = await searchExcerpts(db, '发展', { limit: 5 });
    expect(newest.map((e) => e.text)).toEqual(['第1197条：坚持发展', '第1194条：坚持发展', '第1191条：坚持发展', '第1188条：坚持发展', '第1185条：坚持发展']);
  });

  it('sees excerpts written and deleted after an earlier search', async () => {
    await restoreExcerpts(db, Array.from({ length: 500 }, (_, i) => row(`第${i}条：发展`)));
    expect((await searchExcerpts(db, '发展', { limit: 3 }))[0]!.text).toBe('第499条：发展');
    const later = row('最新的发展');
    await restoreExcerpts(db, [later]);
    const old = row('很早以前的发展', { createdAt: 1 });
    await restoreExcerpts(db, [old]);
    await deleteExcerpts(db, ['e1499']);
    expect(texts(await searchExcerpts(db, '发展', { limit: 3 }))).toEqual(['最新的发展', '第499条：发展', '第498条：发展']);
    const hits = await searchExcerpts(db, '发展', { limit: 1_000 });
    expect(hits[0]!.text).toBe('最新的发展');
    expect(hits.at(-1)!.text).toBe('很早以前的发展');
    expect(hits.map((e) => e.text)).not.toContain('第493条：发展');
    expect(hits.map((e) => e.createdAt)).toEqual([...hits.map((e) => e.createdAt)].sort((a, b) => b - a));
  });

  it('loads only the rows of the page shown, newest first, and counts matches only when the keys read tell it', async () => {
    await restoreExcerpts(db, Array.from({ length: 1_200 }, (_, i) => row(i % 3 === 0 ? `第${i}条：坚持发展 energy` : `第${i}条：发 展 energetic`)));
    const bulkGet = vi.spyOn(db.excerpts, 'bulkGet');
    const toArray = vi.spyOn(db.excerpts, 'toArray');
    const loaded = () => bulkGet.mock.calls.reduce((sum, [ids]) => sum + ids.length, 0);

    const zh = await searchPage(db, '发展', { limit: 5 });
    expect(zh.total).toBeNull(); // 401 match: more than a rare term's read
    expect(zh.rows.map((e) => e.text)).toEqual(['第1197条：坚持发展 energy', '第1194条：坚持发展 energy', '第1191条：坚持发展 energy', '第1188条：坚持发展 energy', '第1185条：坚持发展 energy']);
    expect(loaded()).toBe(5);

    bulkGet.mockClear();
    const en = await searchPage(db, 'energ', { limit: 5 });
    expect(en.total).toBeNull();
    expect(en.rows.map((e) => e.createdAt)).toEqual([2205, 2204, 2203, 2202, 2201]);
    expect(loaded()).toBe(5);

    bulkGet.mockClear();
    const both = await searchPage(db, 'energy 发展', { limit: 3, host: 'www.gov.cn' });
    expect(both.total).toBeNull();
    expect(both.rows.map((e) => e.text)).toEqual(['第1197条：坚持发展 energy', '第1194条：坚持发展 energy', '第1191条：坚持发展 energy']);
    // Checked on their rows against the other lookups: a small batch, not the 400 candidates.
    expect(loaded()).toBeLessThanOrEqual(10);
    expect((await searchPage(db, '发展', { limit: 1_000 })).total).toBe(401);
    expect(toArray).not.toHaveBeenCalled();
  });

  it('says it cannot count when matches must be confirmed literally', async () => {
    expect(await searchPage(db, '群众路线')).toMatchObject({ total: null });
    expect((await searchPage(db, '群众路线')).rows.map((e) => e.text)).toEqual(['群众路线是党的生命线']);
    expect(await searchPage(db, '群众')).toMatchObject({ total: 3 });
    expect(await searchPage(db, 'nothing-like-this')).toEqual({ rows: [], total: 0 });
  });

  it('finds the few matches of two common lookups far down the list, reading more keys as it goes', async () => {
    await restoreExcerpts(db, Array.from({ length: 1_500 }, (_, i) => row(`第${i}条：发展`, { host: i < 4 ? 'old.example' : 'new.example', tags: i % 2 ? ['常用'] : [] })));
    await restoreExcerpts(db, Array.from({ length: 300 }, (_, i) => row(`第${i}条：其他`, { host: 'old.example' })));
    const hits = await searchPage(db, '发展', { host: 'old.example', limit: 50 });
    expect(hits.rows.map((e) => e.text)).toEqual(['第3条：发展', '第2条：发展', '第1条：发展', '第0条：发展']);
    expect(hits.total).toBe(4);
    expect((await searchPage(db, '', { host: 'old.example', tag: '常用', limit: 50 })).rows.map((e) => e.text)).toEqual(['第3条：发展', '第1条：发展']);
  });
});
