import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_FONT_SIZE, onFontSizeChange, readSettings, setCleaningOff, setFontSize, readSiteMode, setSiteAlways, setSiteDisabled, siteMode } from '../../utils/settings';

describe('settings in browser.storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ disabledHosts: [], alwaysHosts: [], cleanOffHosts: [], fontSize: DEFAULT_FONT_SIZE });
  });

  it('remembers "never on this site" per host, and can undo it', async () => {
    await setSiteDisabled('www.wentop.com', true);
    await setSiteDisabled('example.org', true);
    await setSiteDisabled('example.org', false);
    expect((await readSettings()).disabledHosts).toEqual(['www.wentop.com']);
  });

  it('keeps the cleaning switch separate from the site switch', async () => {
    await setCleaningOff('www.wentop.com', true);
    expect(await readSettings()).toMatchObject({ disabledHosts: [], cleanOffHosts: ['www.wentop.com'] });
  });

  it('ignores malformed stored values instead of breaking pages', async () => {
    await fakeBrowser.storage.local.set({ disabledHosts: ['ok.cn', 42, null], fontSize: '<b>' });
    expect(await readSettings()).toEqual({ disabledHosts: ['ok.cn'], alwaysHosts: [], cleanOffHosts: [], fontSize: DEFAULT_FONT_SIZE });
  });

  it('rejects unsupported font sizes and reports changes', async () => {
    await expect(setFontSize(99)).rejects.toThrow('unsupported font size');
    const seen: number[] = [];
    const stop = onFontSizeChange((size) => seen.push(size));
    await setFontSize(18);
    stop();
    await setFontSize(16);
    expect(seen).toEqual([18]);
    expect((await readSettings()).fontSize).toBe(16);
  });

  it('keeps "always" and "never" on a host exclusive: the later choice wins, and either can be undone', async () => {
    await setSiteDisabled('a.cn', true);
    await setSiteAlways('a.cn', true);
    let settings = await readSettings();
    expect(settings).toMatchObject({ disabledHosts: [], alwaysHosts: ['a.cn'] });
    expect(siteMode(settings, 'a.cn')).toBe('always');
    await setSiteDisabled('a.cn', true);
    settings = await readSettings();
    expect(settings).toMatchObject({ disabledHosts: ['a.cn'], alwaysHosts: [] });
    expect(siteMode(settings, 'a.cn')).toBe('never');
    await setSiteDisabled('a.cn', false);
    expect(siteMode(await readSettings(), 'a.cn')).toBe('detect');
    await setSiteAlways('b.cn', true);
    await setSiteAlways('b.cn', false);
    expect(siteMode(await readSettings(), 'b.cn')).toBe('detect');
  });

  it('gives the every-page detector the same site mode from the two switches alone', async () => {
    await setSiteAlways('a.cn', true);
    await setSiteDisabled('b.cn', true);
    await fakeBrowser.storage.local.set({ alwaysHosts: ['a.cn', 42], fontSize: 'huge' });
    expect([await readSiteMode('a.cn'), await readSiteMode('b.cn'), await readSiteMode('c.cn')]).toEqual(['always', 'never', 'detect']);
    for (const host of ['a.cn', 'b.cn', 'c.cn']) expect(await readSiteMode(host)).toBe(siteMode(await readSettings(), host));
  });
});
