import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupActions } from '../../../components/popup/PopupView';
import type { PageStatus } from '../../../utils/page-control';
import { installLocale } from '../../helpers/i18n';

const speech: PageStatus = {
  present: true,
  detected: true,
  confidence: 0.9,
  siteDisabled: false,
  siteAlways: false,
  reader: { sections: 9, textLength: 3491, lang: 'zh', truncation: { shownChars: 3491, totalChars: 7830 }, collapsed: false },
  error: null,
};
const notSpeech: PageStatus = { present: true, detected: false, confidence: 0.1, siteDisabled: false, siteAlways: false, reader: null, error: null };
/** After "show anyway": the reader runs where the detector said no. */
const shownAnyway: PageStatus = { ...speech, detected: false, confidence: 0.1 };

function actions(status: PageStatus | null, overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    loadStatus: vi.fn(async () => status),
    showAnyway: vi.fn(async () => speech),
    togglePanel: vi.fn(async () => ({ ...speech, reader: { ...speech.reader!, collapsed: true } })),
    setSiteDisabled: vi.fn(async () => undefined),
    setSiteAlways: vi.fn(async () => undefined),
    setCleaningOff: vi.fn(async () => undefined),
    setFontSize: vi.fn(async () => undefined),
    countHistory: vi.fn(async () => 0),
    clearHistory: vi.fn(async () => undefined),
    openLibrary: vi.fn(),
    ...overrides,
  };
}

describe('PopupView', () => {
  beforeEach(() => installLocale('zh_CN'));
  afterEach(cleanup);

  it('shows counts and truncation on a speech page, and toggles the panel', async () => {
    const a = actions(speech);
    render(<PopupView actions={a} host="www.wentop.com" fontSize={14} cleaningOff={false} />);
    await screen.findByText('已显示 3491 / 7830 字');
    expect(screen.getByText('9')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '收起面板' }));
    await screen.findByRole('button', { name: '显示面板' });
    expect(a.togglePanel).toHaveBeenCalledOnce();
  });

  it('offers “show outline anyway” where detection said no', async () => {
    const a = actions(notSpeech);
    render(<PopupView actions={a} host="example.org" fontSize={14} cleaningOff={false} />);
    fireEvent.click(await screen.findByRole('button', { name: '仍然显示提纲' }));
    await screen.findByText('已显示 3491 / 7830 字');
  });

  it('remembers “never on this site” for the tab’s host', async () => {
    const a = actions(notSpeech);
    render(<PopupView actions={a} host="example.org" fontSize={14} cleaningOff={false} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: '在 example.org 上永不运行' }));
    await waitFor(() => expect(a.setSiteDisabled).toHaveBeenCalledWith(true));
  });

  it('offers “always on this site” only once the outline was shown where detection said no, and the later switch wins', async () => {
    const a = actions(notSpeech, { showAnyway: vi.fn(async () => shownAnyway) });
    render(<PopupView actions={a} host="example.org" fontSize={14} cleaningOff={false} />);
    expect(await screen.findByRole('button', { name: '仍然显示提纲' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: '在此网站总是显示（example.org）' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '仍然显示提纲' }));
    const always = (await screen.findByRole('checkbox', { name: '在此网站总是显示（example.org）' })) as HTMLInputElement;
    const never = screen.getByRole('checkbox', { name: '在 example.org 上永不运行' }) as HTMLInputElement;
    fireEvent.click(never);
    await waitFor(() => expect(never.checked).toBe(true));
    fireEvent.click(always);
    await waitFor(() => expect(always.checked).toBe(true));
    expect(never.checked).toBe(false);
    expect(a.setSiteAlways).toHaveBeenCalledWith(true);
    fireEvent.click(never);
    await waitFor(() => expect(never.checked).toBe(true));
    expect(always.checked).toBe(false);
  });

  it('shows the “always” switch, on and reversible, on a host already set to always', async () => {
    const a = actions({ ...shownAnyway, siteAlways: true });
    render(<PopupView actions={a} host="example.org" fontSize={14} cleaningOff={false} />);
    const always = (await screen.findByRole('checkbox', { name: '在此网站总是显示（example.org）' })) as HTMLInputElement;
    expect(always.checked).toBe(true);
    fireEvent.click(always);
    await waitFor(() => expect(a.setSiteAlways).toHaveBeenCalledWith(false));
  });

  it('clears the reading history when asked, and says so', async () => {
    const a = actions(notSpeech, { countHistory: vi.fn(async () => 3) });
    render(<PopupView actions={a} host="example.org" fontSize={14} cleaningOff={false} />);
    fireEvent.click(await screen.findByRole('button', { name: '清除阅读记录（3）' }));
    await screen.findByText('阅读记录已清除');
    expect(a.clearHistory).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: /清除阅读记录/ })).toBeNull();
  });

  it('says plainly when Lectern cannot run on the page, and when analysis failed', async () => {
    const { unmount } = render(<PopupView actions={actions(null)} host={null} fontSize={14} cleaningOff={false} />);
    await screen.findByText('讲稿伴读无法在此页面运行。');
    unmount();
    render(<PopupView actions={actions({ ...notSpeech, error: 'TypeError: boom' })} host="a.cn" fontSize={14} cleaningOff={false} />);
    expect((await screen.findByRole('alert')).textContent).toBe('本页分析失败：TypeError: boom');
  });

  it('shows an action’s failure instead of swallowing it', async () => {
    const a = actions(notSpeech, { showAnyway: vi.fn(async () => Promise.reject(new Error('No tab'))) });
    render(<PopupView actions={a} host="a.cn" fontSize={14} cleaningOff={false} />);
    fireEvent.click(await screen.findByRole('button', { name: '仍然显示提纲' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No tab');
  });
});
