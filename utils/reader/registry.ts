// The detector content script and the injected reader bundle run in the same
// isolated world; the reader registers itself here so the detector can answer the
// popup and keyboard commands for it.
import type { ReaderStatus } from '../page-messages';

export interface ReaderHandle {
  status(): ReaderStatus | null;
  toggle(): void;
  step(direction: 'next' | 'previous'): void;
  /** Why the last analysis failed, if it did. */
  error(): string | null;
}

const KEY = Symbol.for('lectern.reader');

type Scope = Record<symbol, ReaderHandle | undefined>;

export function registeredReader(scope: object = globalThis): ReaderHandle | undefined {
  return (scope as Scope)[KEY];
}

export function registerReader(handle: ReaderHandle, scope: object = globalThis): void {
  (scope as Scope)[KEY] = handle;
}
