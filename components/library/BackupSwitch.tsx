import { useEffect, useState } from 'preact/hooks';
import type { BackupSettings } from '../../utils/backup/schedule';
import { t } from '../../utils/i18n';

/** What the switch needs from the browser; the library page passes the real one, tests their own. */
export interface BackupControl {
  load(): Promise<BackupSettings>;
  /** Asks for the downloads permission (inside the click), then turns the backup on; false when refused. */
  turnOn(): Promise<boolean>;
  turnOff(): Promise<void>;
}

/** "每周自动导出备份 / Weekly backup": off by default; the restore path is the ordinary import. */
export function BackupSwitch({ control, onFailure }: { control: BackupControl; onFailure(message: string): void }) {
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void control.load().then(setSettings, () => setSettings({ weekly: false }));
  }, [control]);

  const change = async (on: boolean) => {
    setBusy(true);
    try {
      if (on && !(await control.turnOn())) onFailure(t('libraryBackupDeclined'));
      if (!on) await control.turnOff();
      setSettings(await control.load());
    } catch (error) {
      onFailure(String(error instanceof Error ? error.message : error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="backup-switch">
      <label>
        <input
          type="checkbox"
          checked={settings?.weekly ?? false}
          disabled={settings === null || busy}
          aria-describedby="library-backup-hint"
          onChange={(event) => void change(event.currentTarget.checked)}
        />{' '}
        {t('libraryBackupWeekly')}
      </label>
      <p id="library-backup-hint" class="backup-hint">
        {t('libraryBackupHint')}
        {settings?.lastBackupAt !== undefined && ` ${t('libraryBackupLast', new Date(settings.lastBackupAt).toLocaleDateString(t('uiLang')))}`}
      </p>
    </div>
  );
}
