import { browser } from 'wxt/browser';
import { runDueBackup, type BackupFile } from '../../utils/backup/run';
import { BACKUP_ALARM, BACKUP_KEY, syncBackupAlarm } from '../../utils/backup/schedule';
import { downloadsPermission, loadBackupSettings, storeBackupSettings } from '../../utils/backup/settings';
import { jsonDataUrl } from '../../utils/backup/data-url';
import { database } from '../../utils/db/schema';

/** The optional weekly backup: one alarm kept in step with the setting; the backup runs when it fires. */
export function setUpWeeklyBackup(): void {
  const sync = () => loadBackupSettings().then((settings) => syncBackupAlarm(browser.alarms, settings, Date.now()));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== BACKUP_ALARM) return;
    void backUpNow()
      .catch((error: unknown) => console.warn('[Lectern] weekly backup failed:', error))
      .then(sync);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && BACKUP_KEY in changes) void sync();
  });
  void sync();
}

function backUpNow() {
  return runDueBackup({
    db: database(),
    now: Date.now(),
    read: loadBackupSettings,
    write: storeBackupSettings,
    allowed: () => browser.permissions.contains(downloadsPermission()),
    download,
  });
}

async function download(file: BackupFile): Promise<void> {
  // Firefox's background page can make a blob: URL; Chrome's service worker cannot.
  const blobUrl = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(new Blob([file.content], { type: 'application/json' })) : null;
  try {
    await browser.downloads.download({ url: blobUrl ?? jsonDataUrl(file.content), filename: file.filename, conflictAction: 'uniquify', saveAs: false });
  } finally {
    if (blobUrl) setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  }
}
