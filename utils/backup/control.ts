// The library page's side of the weekly backup: the permission is requested inside
// the reader's click (browsers require a user gesture), and returned when turned off.
import { browser } from 'wxt/browser';
import { downloadsPermission, loadBackupSettings, storeBackupSettings } from './settings';

export const backupControl = {
  load: loadBackupSettings,
  async turnOn(): Promise<boolean> {
    // First, before any other await: the request must stay inside the click.
    const granted = await browser.permissions.request(downloadsPermission());
    if (!granted) return false;
    await storeBackupSettings({ ...(await loadBackupSettings()), weekly: true });
    return true;
  },
  async turnOff(): Promise<void> {
    await storeBackupSettings({ ...(await loadBackupSettings()), weekly: false });
    await browser.permissions.remove(downloadsPermission()).catch(() => false);
  },
};
