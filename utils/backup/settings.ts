// The weekly-backup setting in browser.storage.local, shared by the library page
// (the switch) and the background (the alarm).
import { browser, type Browser } from 'wxt/browser';
import { BACKUP_KEY, readBackupSettings, type BackupSettings } from './schedule';

/** The optional permission the backup needs, asked for only when the reader turns it on. */
export const downloadsPermission = (): Browser.permissions.Permissions => ({ permissions: ['downloads'] });

export async function loadBackupSettings(): Promise<BackupSettings> {
  return readBackupSettings((await browser.storage.local.get(BACKUP_KEY))[BACKUP_KEY]);
}

export async function storeBackupSettings(settings: BackupSettings): Promise<void> {
  await browser.storage.local.set({ [BACKUP_KEY]: settings });
}
