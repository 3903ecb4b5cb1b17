// What a storage failure means, in words a reader can act on. Dexie wraps the
// IndexedDB error (`inner`, or `failures` for bulk writes), so the cause is looked
// for along that chain. Used where a storage error reaches the reader as text: the
// background's answer to the page's save, the library's notices.
import { errorText } from '../channel';
import { t } from '../i18n';

const BLOCKED = new Set(['DatabaseClosedError', 'OpenFailedError', 'VersionError', 'BlockedError']);

/** A clear sentence for quota and blocked-database errors; otherwise the error's own message. */
export function describeStorageError(error: unknown): string {
  return storageErrorSentence(error) ?? errorText(error);
}

/** The same sentence followed by the browser's own message, for the library's notices. */
export function describeStorageErrorWithDetail(error: unknown): string {
  const sentence = storageErrorSentence(error);
  return sentence ? `${sentence} (${errorText(error)})` : errorText(error);
}

function storageErrorSentence(error: unknown): string | null {
  const names = causes(error).map((cause) => cause.name);
  if (names.includes('QuotaExceededError')) return t('libraryErrorQuota');
  if (names.some((name) => BLOCKED.has(name))) return t('libraryErrorBlocked');
  return null;
}

function causes(error: unknown, depth = 0): Error[] {
  if (!(error instanceof Error) || depth > 4) return [];
  const nested = error as Error & { inner?: unknown; failures?: unknown[] };
  const more = [nested.inner, ...(Array.isArray(nested.failures) ? nested.failures : [])];
  return [error, ...more.flatMap((cause) => causes(cause, depth + 1))];
}
