// The injected reader bundle and the functions the popup and the keyboard commands run
// with scripting.executeScript share the extension's isolated world in a page. They find
// each other through this well-known symbol; page scripts live in another world and
// cannot see or touch it.

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

export const READER_KEY = 'lectern.reader';

type Scope = Record<symbol, unknown>;

export function registeredReader(scope: object = globalThis): ReaderHandle | undefined {
  return (scope as Scope)[Symbol.for(READER_KEY)] as ReaderHandle | undefined;
}

export function registerReader(handle: ReaderHandle, scope: object = globalThis): void {
  (scope as Scope)[Symbol.for(READER_KEY)] = handle;
}
