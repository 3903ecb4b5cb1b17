// The detector content script, the injected reader bundle and the functions the
// popup runs with scripting.executeScript all share the extension's isolated world
// in a page. They find each other through these two well-known symbols; page
// scripts live in another world and cannot see or touch them.

export interface ReaderStatus {
  sections: number;
  /** 字 for Chinese, words otherwise. */
  textLength: number;
  lang: 'zh' | 'en' | 'other';
  truncation: { shownChars: number | null; totalChars: number | null } | null;
  collapsed: boolean;
}

export interface ReaderHandle {
  status(): ReaderStatus | null;
  toggle(): void;
  step(direction: 'next' | 'previous'): void;
  /** Saves the page's current selection as an excerpt; false when nothing in the speech is selected. */
  saveSelection(): boolean;
  /** Why the last analysis failed, if it did. */
  error(): string | null;
}

export interface DetectorState {
  detected: boolean;
  confidence: number;
  siteDisabled: boolean;
  /** "Always on this site": shown without asking the detector. */
  siteAlways: boolean;
  error: string | null;
}

export const READER_KEY = 'lectern.reader';
export const STAGE1_KEY = 'lectern.detector.stage1';
export const DETECTOR_KEY = 'lectern.detector';

type Scope = Record<symbol, unknown>;

export function registeredReader(scope: object = globalThis): ReaderHandle | undefined {
  return (scope as Scope)[Symbol.for(READER_KEY)] as ReaderHandle | undefined;
}

export function registerReader(handle: ReaderHandle, scope: object = globalThis): void {
  (scope as Scope)[Symbol.for(READER_KEY)] = handle;
}

export function recordDetection(state: DetectorState, scope: object = globalThis): void {
  (scope as Scope)[Symbol.for(DETECTOR_KEY)] = state;
}

/** What stage 1 of detection leaves for stage 2 when it was unsure (same isolated world). */
export interface Stage1Handoff {
  features: Record<string, { value: number; evidence?: string }>;
  lang: 'zh' | 'en' | 'other';
}

export function handOverStage1(handoff: Stage1Handoff, scope: object = globalThis): void {
  (scope as Scope)[Symbol.for(STAGE1_KEY)] = handoff;
}

/** Takes stage 1's hand-off once (a second injection finds nothing). */
export function takeStage1(scope: object = globalThis): Stage1Handoff | undefined {
  const handoff = (scope as Scope)[Symbol.for(STAGE1_KEY)] as Stage1Handoff | undefined;
  delete (scope as Scope)[Symbol.for(STAGE1_KEY)];
  return handoff;
}
