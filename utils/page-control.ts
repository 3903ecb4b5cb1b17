// How the popup and the keyboard commands reach a tab: small functions run with
// scripting.executeScript in the extension's isolated world of that page, where the
// reader registered itself (utils/reader/registry.ts), beside the verdict the background
// recorded for the tab (utils/detection-record.ts). No message listener in the page is
// needed, so none can be imitated.
import { browser } from 'wxt/browser';
import { readTabDetection, UNDECIDED, type DetectorState } from './detection-record';
import type { ReaderStatus } from './reader/registry';

export type { ReaderStatus } from './reader/registry';

export interface PageStatus extends DetectorState {
  /** For 'save': whether a selection in the speech was found and is being saved. */
  saving?: boolean;
  /** Detection has decided this tab's document (false while it reads, on pages opened before install, or where it cannot run). */
  present: boolean;
  reader: ReaderStatus | null;
}

type PageAction = 'status' | 'toggle' | 'next' | 'previous' | 'save';

type InPage = Pick<PageStatus, 'saving' | 'reader'> & { error: string | null };

/** Runs in the page's isolated world; must be self-contained (it is serialised). */
function actInPage(action: PageAction): InPage {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  const reader = scope[Symbol.for('lectern.reader')] as
    | { status(): ReaderStatus | null; toggle(): void; step(d: 'next' | 'previous'): void; saveSelection(): boolean; error(): string | null }
    | undefined;
  if (reader && action === 'toggle') reader.toggle();
  if (reader && (action === 'next' || action === 'previous')) reader.step(action);
  const saving = reader && action === 'save' ? reader.saveSelection() : undefined;
  return { saving, error: reader?.error() ?? null, reader: reader?.status() ?? null };
}

async function runInPage(tabId: number, action: PageAction): Promise<PageStatus> {
  const [[result], detection] = await Promise.all([
    browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: actInPage, args: [action] }),
    readTabDetection(tabId).catch(() => undefined),
  ]);
  const inPage = result?.result as InPage | undefined;
  if (!inPage || typeof inPage !== 'object' || !('reader' in inPage)) throw new Error('The page did not answer');
  const state: DetectorState = detection
    ? { detected: detection.detected, confidence: detection.confidence, siteDisabled: detection.siteDisabled, siteAlways: detection.siteAlways, error: detection.error }
    : UNDECIDED;
  return { ...state, ...inPage, error: inPage.error ?? state.error, present: detection !== undefined };
}

export const pageStatus = (tabId: number) => runInPage(tabId, 'status');
export const stepSection = (tabId: number, direction: 'next' | 'previous') => runInPage(tabId, direction);

/** Shows the panel: toggles it where the reader runs, injects the reader where it does not. */
export async function togglePanel(tabId: number): Promise<PageStatus> {
  const status = await runInPage(tabId, 'toggle');
  return status.reader || status.error ? status : showOutline(tabId);
}

/** "Show outline anyway": analyse and show the panel even where detection said no. */
export async function showOutline(tabId: number): Promise<PageStatus> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/reader.js'] });
  return runInPage(tabId, 'status');
}

/**
 * Context menu and keyboard command: save the page's selection. Where the reader
 * is not running yet (detection said no), start it first; it needs a moment to
 * analyse before it can place the excerpt in a section.
 */
export async function saveSelection(tabId: number): Promise<PageStatus> {
  let status = await runInPage(tabId, 'save');
  if (status.reader) return status;
  await showOutline(tabId);
  for (let attempt = 0; attempt < 10 && !status.saving; attempt++) {
    await new Promise((done) => setTimeout(done, 150));
    status = await runInPage(tabId, 'save');
  }
  return status;
}
