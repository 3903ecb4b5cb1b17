import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSwitch, type BackupControl } from '../../../components/library/BackupSwitch';
import type { BackupSettings } from '../../../utils/backup/schedule';
import { installLocale } from '../../helpers/i18n';

function control(grant: boolean) {
  let settings: BackupSettings = { weekly: false };
  const api: BackupControl = {
    load: vi.fn(async () => settings),
    turnOn: vi.fn(async () => {
      if (grant) settings = { ...settings, weekly: true };
      return grant;
    }),
    turnOff: vi.fn(async () => void (settings = { ...settings, weekly: false })),
  };
  return { api, set: (next: BackupSettings) => (settings = next) };
}

describe('weekly backup switch', () => {
  beforeEach(() => installLocale('zh_CN'));
  afterEach(cleanup);

  it('is off by default; turning it on asks for the permission, turning it off gives it back', async () => {
    const { api } = control(true);
    const failures: string[] = [];
    render(<BackupSwitch control={api} onFailure={(m) => failures.push(m)} />);
    const box = await screen.findByRole('checkbox', { name: '每周自动导出备份' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    expect(api.turnOn).toHaveBeenCalledTimes(1);
    fireEvent.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    expect(api.turnOff).toHaveBeenCalledTimes(1);
    expect(failures).toEqual([]);
  });

  it('stays off and says why when the permission is refused', async () => {
    const { api } = control(false);
    const failures: string[] = [];
    render(<BackupSwitch control={api} onFailure={(m) => failures.push(m)} />);
    const box = (await screen.findByRole('checkbox', { name: '每周自动导出备份' })) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.click(box);
    await waitFor(() => expect(failures).toEqual(['每周备份未开启：没有获得保存下载文件的权限。']));
    expect(box.checked).toBe(false);
  });

  it('tells when the last backup was made, and how to restore', async () => {
    installLocale('en');
    const { api, set } = control(true);
    set({ weekly: true, lastBackupAt: Date.UTC(2026, 10, 23, 12) });
    render(<BackupSwitch control={api} onFailure={() => {}} />);
    const box = (await screen.findByRole('checkbox', { name: 'Weekly backup' })) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toMatch(/Import JSON….*Last backup: .*2026/);
  });
});
