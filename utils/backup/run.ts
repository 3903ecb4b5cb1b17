// Writing the weekly backup: every excerpt, newest first, in the library's own JSON
// export format, so restoring is the library's ordinary import.
import type { LecternDB } from '../db/schema';
import { toJsonExport } from '../excerpts/format';
import { isBackupDue, type BackupSettings } from './schedule';

export interface BackupFile {
  /** Relative to the downloads folder. */
  filename: string;
  content: string;
}

export async function backupFile(db: LecternDB, now: number): Promise<BackupFile | null> {
  const rows = await db.excerpts.orderBy('createdAt').reverse().toArray();
  if (rows.length === 0) return null;
  return { filename: `Lectern/lectern-excerpts-${localDate(now)}.json`, content: toJsonExport(rows, now) };
}

export interface BackupEdges {
  db: LecternDB;
  now: number;
  read(): Promise<BackupSettings>;
  write(settings: BackupSettings): Promise<void>;
  /** The optional `downloads` permission is still granted. */
  allowed(): Promise<boolean>;
  download(file: BackupFile): Promise<void>;
}

export type BackupOutcome = 'written' | 'not-due' | 'not-allowed' | 'empty';

/** Writes the backup if it is due and allowed, and records when. */
export async function runDueBackup({ db, now, read, write, allowed, download }: BackupEdges): Promise<BackupOutcome> {
  const settings = await read();
  if (!isBackupDue(settings, now)) return 'not-due';
  if (!(await allowed())) return 'not-allowed';
  const file = await backupFile(db, now);
  if (file) await download(file);
  // An empty library counts as backed up: nothing to lose, and no empty files.
  await write({ ...settings, lastBackupAt: now });
  return file ? 'written' : 'empty';
}

function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
