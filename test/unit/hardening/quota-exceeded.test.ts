// Storage full (simulated at Dexie's DBCore level, where IndexedDB's
// QuotaExceededError surfaces): saving and importing reject with a clear message,
// nothing is half-written, and the rows already stored stay intact.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { excerptHandlers } from '../../../entrypoints/background/excerpt-handlers';
import { describeError } from '../../../components/library/describeError';
import { database, LecternDB } from '../../../utils/db/schema';
import { describeStorageError } from '../../../utils/db/errors';
import { toJsonExport } from '../../../utils/excerpts/format';
import { importExcerpts } from '../../../utils/excerpts/import';
import type { ExcerptDraft } from '../../../utils/excerpts/model';
import { listExcerpts, saveExcerpt, updateExcerpt } from '../../../utils/excerpts/store';
import { registerHandlers } from '../../../utils/messages';
import { installLocale } from '../../helpers/i18n';

const draft = (text: string): ExcerptDraft => ({
  text,
  note: '',
  tags: ['政绩观'],
  pageUrl: 'https://example.org/speech',
  pageTitle: '在全县工作会议上的讲话',
  speechTitle: '在全县工作会议上的讲话',
  sectionPath: ['一、牢牢把握为谁创造政绩的根本立场'],
});

/** Makes every write of `db` fail as a full disk does; returns the switch. */
function fillDisk(db: Dexie): { full: boolean } {
  const state = { full: false };
  db.use({
    stack: 'dbcore',
    name: 'quota-exceeded',
    create: (core) => ({
      ...core,
      table: (name) => {
        const table = core.table(name);
        return {
          ...table,
          mutate: (request) =>
            state.full && request.type !== 'delete'
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  return state;
}

describe('quota exceeded', () => {
  let db: LecternDB;
  let disk: { full: boolean };

  beforeEach(async () => {
    fakeBrowser.reset();
    installLocale('zh_CN');
    db = new LecternDB(`quota-${Math.random()}`);
    disk = fillDisk(db);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('saveExcerpt and updateExcerpt reject; the stored rows are intact', async () => {
    const kept = await saveExcerpt(db, draft('已有的摘录'));
    disk.full = true;
    const error = await saveExcerpt(db, draft('新的摘录')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(describeStorageError(error)).toBe('浏览器分给讲稿伴读的存储空间已满。请清理磁盘空间或删除不再需要的摘录，然后重试。');
    await expect(updateExcerpt(db, kept.id, { note: '改' })).rejects.toThrow();
    disk.full = false;
    expect(await listExcerpts(db)).toEqual([kept]);
  });

  it('importExcerpts rejects as a whole: 0 rows added, existing rows unchanged; the library says why', async () => {
    const kept = await saveExcerpt(db, draft('已有的摘录'));
    const source = new LecternDB(`quota-source-${Math.random()}`);
    const rows = await Promise.all([1, 2, 3].map((n) => saveExcerpt(source, draft(`导入的摘录${n}`))));
    const file = toJsonExport(rows);
    source.close();
    await source.delete();

    disk.full = true;
    const error = await importExcerpts(db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(describeError(error)).toContain('存储空间已满');
    expect(describeStorageError(error)).toContain('存储空间已满');
    disk.full = false;
    expect(await listExcerpts(db)).toEqual([kept]);
    // And once there is room again the same file imports fully.
    expect(await importExcerpts(db, file)).toEqual({ ok: true, added: 3, skipped: 0 });
  });

  it('the page hears a clear reason from the background, not a raw DOMException', async () => {
    const shared = database();
    const sharedDisk = fillDisk(shared); // before open: Dexie builds its middleware stack when it opens
    await shared.open();
    registerHandlers(excerptHandlers);
    sharedDisk.full = true;
    // Delivered as from a content script in a tab (the fake browser's own sendMessage has no sender id).
    const deliver = (payload: ExcerptDraft) =>
      new Promise<{ ok: boolean; error?: string; value?: { text: string } }>((done) => {
        const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0, url: payload.pageUrl };
        void fakeBrowser.runtime.onMessage.trigger({ lectern: 1, type: 'excerpt:save', payload }, sender as never, done as never);
      });
    const failure = await deliver(draft('存不下的摘录'));
    expect(failure).toEqual({ ok: false, error: '浏览器分给讲稿伴读的存储空间已满。请清理磁盘空间或删除不再需要的摘录，然后重试。' });
    sharedDisk.full = false;
    expect(await deliver(draft('有空间了'))).toMatchObject({ ok: true, value: { text: '有空间了' } });
    expect((await shared.excerpts.toArray()).map((row) => row.text)).toEqual(['有空间了']);
    await shared.excerpts.clear();
  });

  it('describes other storage errors by their own message, and non-errors as text', () => {
    expect(describeStorageError(new Error('disk on fire'))).toBe('disk on fire');
    expect(describeStorageError('plain')).toBe('plain');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });
    expect(describeStorageError(wrapped)).toContain('存储空间已满');
  });
});
