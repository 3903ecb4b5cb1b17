import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonDataUrl } from '../../../utils/backup/data-url';
import { backupFile, runDueBackup, type BackupFile } from '../../../utils/backup/run';
import { WEEK_MS, type BackupSettings } from '../../../utils/backup/schedule';
import { LecternDB } from '../../../utils/db/schema';
import { importExcerpts } from '../../../utils/excerpts/import';
import { searchExcerpts } from '../../../utils/excerpts/search';
import { seed, THREE } from '../library/fixtures';

const NOW = Date.UTC(2026, 10, 30, 10, 0);

describe('weekly backup: what it writes', () => {
  let db: LecternDB;
  let restored: LecternDB;
  beforeEach(() => {
    db = new LecternDB(`backup-${crypto.randomUUID()}`);
    restored = new LecternDB(`restored-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await Promise.all([db.delete(), restored.delete()]);
  });

  it('is the library’s JSON export of every excerpt, newest first, and imports back unchanged', async () => {
    const saved = await seed(db, THREE);
    const file = (await backupFile(db, NOW))!;
    expect(file.filename).toMatch(/^Lectern\/lectern-excerpts-2026-11-30\.json$/);
    const data = JSON.parse(file.content) as { format: string; excerpts: Array<{ id: string }> };
    expect(data.format).toBe('lectern-excerpts');
    expect(data.excerpts.map((e) => e.id)).toEqual(saved.map((e) => e.id).reverse());

    // The restore path is the ordinary import.
    expect(await importExcerpts(restored, file.content)).toEqual({ ok: true, added: 3, skipped: 0 });
    expect(await restored.excerpts.orderBy('createdAt').toArray()).toEqual(saved);
    expect((await searchExcerpts(restored, '群众')).map((e) => e.id)).toEqual([saved[0]!.id]);
  });

  it('writes nothing for an empty library', async () => {
    expect(await backupFile(db, NOW)).toBeNull();
  });

  it('runs only when due and allowed, and records when it ran', async () => {
    await seed(db, THREE);
    let settings: BackupSettings = { weekly: true };
    let allowed = false;
    const files: BackupFile[] = [];
    const run = (now: number) =>
      runDueBackup({
        db,
        now,
        read: async () => settings,
        write: async (next) => void (settings = next),
        allowed: async () => allowed,
        download: async (file) => void files.push(file),
      });

    expect(await run(NOW)).toBe('not-allowed');
    expect(files).toEqual([]);
    allowed = true;
    expect(await run(NOW)).toBe('written');
    expect(settings).toEqual({ weekly: true, lastBackupAt: NOW });
    expect(await run(NOW + 3 * 24 * 3_600_000)).toBe('not-due');
    expect(await run(NOW + WEEK_MS)).toBe('written');
    expect(files).toHaveLength(2);
    settings = { ...settings, weekly: false };
    expect(await run(NOW + 5 * WEEK_MS)).toBe('not-due');
    expect(files).toHaveLength(2);
  });

  it('hands the downloads API a data: URL of the exact UTF-8 bytes', async () => {
    const content = JSON.stringify({ text: '人民群众 🎤 “quotes”', n: 'x'.repeat(100_000) });
    const url = jsonDataUrl(content);
    expect(url.startsWith('data:application/json;charset=utf-8;base64,')).toBe(true);
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(content);
  });
});
