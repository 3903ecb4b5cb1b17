// When the optional weekly backup runs. Pure: settings and a clock in, times out.
// The background keeps one alarm at the next due time; a browser that was closed at
// that time fires the missed alarm when it starts again, and the backup runs then.

export const BACKUP_ALARM = 'lectern:weekly-backup';
export const BACKUP_KEY = 'backup';
export const WEEK_MS = 7 * 24 * 60 * 60_000;
/** An alarm may fire a little early or late; a backup this close to a week old is due. */
const SLACK_MS = 60 * 60_000;
/** The first backup after turning it on: soon, not at once (the reader is still on the page). */
const FIRST_DELAY_MS = 60_000;

export interface BackupSettings {
  weekly: boolean;
  /** When the last backup was written (ms since epoch). */
  lastBackupAt?: number;
}

/** The stored value, checked: anything unexpected means "off". */
export function readBackupSettings(stored: unknown): BackupSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const last = value.lastBackupAt;
  return {
    weekly: value.weekly === true,
    ...(typeof last === 'number' && Number.isFinite(last) && last >= 0 ? { lastBackupAt: last } : {}),
  };
}

export function isBackupDue(settings: BackupSettings, now: number): boolean {
  if (!settings.weekly) return false;
  return settings.lastBackupAt === undefined || now >= settings.lastBackupAt + WEEK_MS - SLACK_MS || now < settings.lastBackupAt;
}

/** When the next backup should run, or null when weekly backup is off. */
export function nextBackupAt(settings: BackupSettings, now: number): number | null {
  if (!settings.weekly) return null;
  if (isBackupDue(settings, now)) return now + FIRST_DELAY_MS;
  return settings.lastBackupAt! + WEEK_MS;
}

interface Alarms {
  get(name: string): Promise<{ scheduledTime: number } | undefined | null>;
  create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/** Makes the one backup alarm agree with the settings: at the next due time, or none. */
export async function syncBackupAlarm(alarms: Alarms, settings: BackupSettings, now: number): Promise<number | null> {
  const when = nextBackupAt(settings, now);
  if (when === null) {
    await alarms.clear(BACKUP_ALARM);
    return null;
  }
  const current = await alarms.get(BACKUP_ALARM);
  // Already set: exactly a week after the last backup, or (when due) to run within the minute.
  const kept = current && (current.scheduledTime === when || (isBackupDue(settings, now) && current.scheduledTime >= now && current.scheduledTime <= when));
  if (kept) return current.scheduledTime;
  // Weekly thereafter, in case the background is not woken to reschedule.
  await alarms.create(BACKUP_ALARM, { when, periodInMinutes: WEEK_MS / 60_000 });
  return when;
}
