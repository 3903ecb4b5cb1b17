// The reader's settings, in browser.storage.local. Values read back are checked:
// storage is ours, but a bad value must never break a page.
import { browser } from 'wxt/browser';
import { forgetPositions } from './reading-position';

export const FONT_SIZES = [12, 13, 14, 15, 16, 18, 20] as const;
export const DEFAULT_FONT_SIZE = 14;

export interface Settings {
  /** Hosts where Lectern never runs unless asked ("never on this site"). */
  disabledHosts: string[];
  /** Hosts where the panel always shows, without asking the detector ("always on this site"). */
  alwaysHosts: string[];
  /** Hosts where Lectern shows the panel but leaves ads and overlays alone. */
  cleanOffHosts: string[];
  /** Panel text size in px. */
  fontSize: number;
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(['disabledHosts', 'alwaysHosts', 'cleanOffHosts', 'fontSize']);
  const fontSize = (FONT_SIZES as readonly number[]).includes(stored.fontSize as number) ? (stored.fontSize as number) : DEFAULT_FONT_SIZE;
  return {
    disabledHosts: hostList(stored.disabledHosts),
    alwaysHosts: hostList(stored.alwaysHosts),
    cleanOffHosts: hostList(stored.cleanOffHosts),
    fontSize,
  };
}

/** Only the two site switches: what the every-page detector reads before anything else. */
export async function readSiteMode(host: string): Promise<'never' | 'always' | 'detect'> {
  const stored = await browser.storage.local.get(['disabledHosts', 'alwaysHosts']);
  return siteMode({ disabledHosts: hostList(stored.disabledHosts), alwaysHosts: hostList(stored.alwaysHosts) }, host);
}

function hostList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : [];
}

type HostListKey = 'disabledHosts' | 'alwaysHosts' | 'cleanOffHosts';

/** Lists a host under `key`; listing it also takes it off `exclusive` (the later choice wins). */
async function setHostListed(key: HostListKey, host: string, listed: boolean, exclusive?: HostListKey): Promise<void> {
  const settings = await readSettings();
  const next = new Set(settings[key]);
  if (listed) next.add(host);
  else next.delete(host);
  const update: Partial<Record<HostListKey, string[]>> = { [key]: [...next].sort() };
  if (listed && exclusive && settings[exclusive].includes(host)) update[exclusive] = settings[exclusive].filter((h) => h !== host);
  await browser.storage.local.set(update);
}

/** "Never on this site" (turning it on turns "always on this site" off, and forgets where the reader stopped there). */
export async function setSiteDisabled(host: string, disabled: boolean): Promise<void> {
  await setHostListed('disabledHosts', host, disabled, 'alwaysHosts');
  if (disabled) await forgetPositions(host);
}

/** "Always on this site": the reader's verdict overrules the detector on every page of the host. */
export const setSiteAlways = (host: string, always: boolean) => setHostListed('alwaysHosts', host, always, 'disabledHosts');

/** What Lectern does on a host: never run, always show, or ask the detector. */
export function siteMode(settings: Pick<Settings, 'disabledHosts' | 'alwaysHosts'>, host: string): 'never' | 'always' | 'detect' {
  if (settings.disabledHosts.includes(host)) return 'never';
  return settings.alwaysHosts.includes(host) ? 'always' : 'detect';
}

/** "Don't clean this site": the panel still shows, the page's ads and overlays stay. */
export const setCleaningOff = (host: string, off: boolean) => setHostListed('cleanOffHosts', host, off);

export async function setFontSize(fontSize: number): Promise<void> {
  if (!(FONT_SIZES as readonly number[]).includes(fontSize)) throw new RangeError(`unsupported font size ${fontSize}`);
  await browser.storage.local.set({ fontSize });
}

/** Calls back whenever the font size setting changes; returns the unsubscribe function. */
export function onFontSizeChange(callback: (fontSize: number) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !('fontSize' in changes)) return;
    const value = changes.fontSize?.newValue;
    callback((FONT_SIZES as readonly number[]).includes(value as number) ? (value as number) : DEFAULT_FONT_SIZE);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
