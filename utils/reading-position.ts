// "Pick up where you stopped": per page URL, the section the reader last had in view.
// Kept in browser.storage.local only; nothing leaves the browser. Values read back are
// checked, and the list is capped (the oldest pages are forgotten first).
import { browser } from 'wxt/browser';
import { hostOf, normalizePageUrl } from './excerpts/url';

const KEY = 'readingPositions';
export const MAX_REMEMBERED_PAGES = 500;

export interface ReadingPosition {
  /** Headings from the top level down to the section, as shown in the outline. */
  sectionPath: string[];
  /** Index of the section in the page's outline when it was read. */
  index: number;
  /** When it was last in view (ms since epoch). */
  at: number;
}

type Stored = Record<string, ReadingPosition>;

function isPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.sectionPath) &&
    v.sectionPath.length <= 20 &&
    v.sectionPath.every((s) => typeof s === 'string' && s.length <= 500) &&
    Number.isInteger(v.index) &&
    (v.index as number) >= 0 &&
    typeof v.at === 'number'
  );
}

async function readAll(): Promise<Stored> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (typeof stored !== 'object' || stored === null) return {};
  const out: Stored = {};
  for (const [url, position] of Object.entries(stored as Record<string, unknown>)) if (isPosition(position)) out[url] = position;
  return out;
}

export async function rememberPosition(pageUrl: string, position: Omit<ReadingPosition, 'at'>, now = Date.now()): Promise<void> {
  const all = await readAll();
  all[normalizePageUrl(pageUrl)] = { ...position, at: now };
  const urls = Object.keys(all);
  if (urls.length > MAX_REMEMBERED_PAGES) {
    urls.sort((a, b) => all[a]!.at - all[b]!.at);
    for (const url of urls.slice(0, urls.length - MAX_REMEMBERED_PAGES)) delete all[url];
  }
  await browser.storage.local.set({ [KEY]: all });
}

export async function recallPosition(pageUrl: string): Promise<ReadingPosition | null> {
  return (await readAll())[normalizePageUrl(pageUrl)] ?? null;
}

/** Forgets every remembered page, or those of one host ("never on this site"). */
export async function forgetPositions(host?: string): Promise<void> {
  if (host === undefined) return browser.storage.local.remove(KEY);
  const all = await readAll();
  for (const url of Object.keys(all)) if (hostOf(url) === host) delete all[url];
  await browser.storage.local.set({ [KEY]: all });
}

export async function rememberedCount(): Promise<number> {
  return Object.keys(await readAll()).length;
}
