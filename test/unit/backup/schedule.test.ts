import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_ALARM, isBackupDue, nextBackupAt, readBackupSettings, syncBackupAlarm, WEEK_MS } from '../../../utils/backup/schedule';

const NOW = Date.UTC(2026, 10, 30, 10, 0);
const HOUR = 3_600_000;

describe('weekly backup schedule', () => {
  it('is off by default and for anything unexpected in storage', () => {
    for (const stored of [undefined, null, 'yes', { weekly: 'true' }, { weekly: 1 }, []]) expect(readBackupSettings(stored)).toEqual({ weekly: false });
    expect(readBackupSettings({ weekly: true, lastBackupAt: -5 })).toEqual({ weekly: true });
    expect(readBackupSettings({ weekly: true, lastBackupAt: NOW, extra: 1 })).toEqual({ weekly: true, lastBackupAt: NOW });
  });

  it('is due when never made, a week after the last one, or when the clock went back', () => {
    expect(isBackupDue({ weekly: false }, NOW)).toBe(false);
    expect(isBackupDue({ weekly: false, lastBackupAt: NOW - 30 * 24 * HOUR }, NOW)).toBe(false);
    expect(isBackupDue({ weekly: true }, NOW)).toBe(true);
    expect(isBackupDue({ weekly: true, lastBackupAt: NOW - 6 * 24 * HOUR }, NOW)).toBe(false);
    expect(isBackupDue({ weekly: true, lastBackupAt: NOW - WEEK_MS + 30 * 60_000 }, NOW)).toBe(true); // alarm a little early
    expect(isBackupDue({ weekly: true, lastBackupAt: NOW - 40 * 24 * HOUR }, NOW)).toBe(true); // browser was closed
    expect(isBackupDue({ weekly: true, lastBackupAt: NOW + 24 * HOUR }, NOW)).toBe(true);
  });

  it('schedules the next run a week after the last backup, or a minute from now when due', () => {
    expect(nextBackupAt({ weekly: false }, NOW)).toBeNull();
    expect(nextBackupAt({ weekly: true }, NOW)).toBe(NOW + 60_000);
    expect(nextBackupAt({ weekly: true, lastBackupAt: NOW - 2 * 24 * HOUR }, NOW)).toBe(NOW + 5 * 24 * HOUR);
  });

  describe('the alarm, on the browser alarms API', () => {
    beforeEach(() => fakeBrowser.reset());

    it('creates one alarm when turned on, moves it after a backup, clears it when turned off', async () => {
      const alarms = fakeBrowser.alarms;
      expect(await syncBackupAlarm(alarms, { weekly: false }, NOW)).toBeNull();
      expect(await alarms.getAll()).toEqual([]);

      await syncBackupAlarm(alarms, { weekly: true }, NOW);
      expect(await alarms.getAll()).toEqual([expect.objectContaining({ name: BACKUP_ALARM, scheduledTime: NOW + 60_000, periodInMinutes: 7 * 24 * 60 })]);
      // Syncing again (e.g. the background restarting) keeps it.
      await syncBackupAlarm(alarms, { weekly: true }, NOW + 10_000);
      expect((await alarms.get(BACKUP_ALARM))!.scheduledTime).toBe(NOW + 60_000);

      // The backup ran: next week.
      const after = NOW + 2 * 60_000;
      await syncBackupAlarm(alarms, { weekly: true, lastBackupAt: after }, after);
      expect((await alarms.get(BACKUP_ALARM))!.scheduledTime).toBe(after + WEEK_MS);
      expect(await alarms.getAll()).toHaveLength(1);

      await syncBackupAlarm(alarms, { weekly: false, lastBackupAt: after }, after + HOUR);
      expect(await alarms.getAll()).toEqual([]);
    });
  });
});
