// What detection concluded for the document a tab shows, kept by the background in
// storage.session (it outlives a stopped service worker, not the browser session) and
// read by the popup and the keyboard commands. The page itself holds no verdict: the
// detection scripts only read, and the background decides.
import { browser } from 'wxt/browser';

export interface DetectorState {
  detected: boolean;
  confidence: number;
  siteDisabled: boolean;
  /** "Always on this site": shown without asking the detector. */
  siteAlways: boolean;
  error: string | null;
}

export interface DetectionRecord extends DetectorState {
  /** The address the document was committed at (a single-page app may move on from it). */
  url: string;
  /** The stage that decided: 0 when the site's switch answered and nothing was read. */
  stage: 0 | 1 | 2;
  /** The detection scripts that read the page, in order, with their main-thread ms (none where a site's switch answered). */
  reads: Array<{ stage: 1 | 2; ms: number }>;
}

export const UNDECIDED: DetectorState = { detected: false, confidence: 0, siteDisabled: false, siteAlways: false, error: null };

const keyOf = (tabId: number) => `detection:${tabId}`;

export async function recordTabDetection(tabId: number, record: DetectionRecord): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: record });
}

/** The tab's record, or undefined while its document is still being read (or was never read). */
export async function readTabDetection(tabId: number): Promise<DetectionRecord | undefined> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  const record = stored[keyOf(tabId)] as DetectionRecord | undefined;
  return record && typeof record === 'object' && typeof record.detected === 'boolean' ? record : undefined;
}

export async function forgetTabDetection(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
