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
  reader: { sections: 9, textLength: 3491, lang: 'zh', truncation: { shownChars: 3491, totalChars: 7830 }, collapsed: false },
  error: null,
};
const notSpeech: PageStatus = { present: true, detected: false, confidence: 0.1, siteDisabled: false, reader: null, error: null };

function actions(status: PageStatus | null, overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    loadStatus: vi.fn(async () => status),
    showAnyway: vi.fn(async () => speech),
    togglePanel: vi.fn(async () => ({ ...speech, reader: { ...speech.reader!, collapsed: true } })),
    setSiteDisabled: vi.fn(async () => undefined),
    setCleaningOff: vi.fn(async () => undefined),
    setFontSize: vi.fn(async () => undefined),
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
