// What a storage failure means, in words a reader can act on. Dexie wraps the
// IndexedDB error (`inner`, or `failures` for bulk writes), so the cause is looked
// for along that chain. Used where a storage error reaches the reader as text: the
// background's answer to the page's save, the library's notices.
import { errorText } from '../channel';
import { t } from '../i18n';

const BLOCKED = new Set(['DatabaseClosedError', 'OpenFailedError', 'VersionError', 'BlockedError']);

/** A clear sentence for quota and blocked-database errors; otherwise the error's own message. */
export function describeStorageError(error: unknown): string {
  const names = causes(error).map((cause) => cause.name);
  if (names.includes('QuotaExceededError')) return t('libraryErrorQuota');
  if (names.some((name) => BLOCKED.has(name))) return t('libraryErrorBlocked');
  return errorText(error);
}

function causes(error: unknown, depth = 0): Error[] {
  if (!(error instanceof Error) || depth > 4) return [];
  const nested = error as Error & { inner?: unknown; failures?: unknown[] };
  const more = [nested.inner, ...(Array.isArray(nested.failures) ? nested.failures : [])];
  return [error, ...more.flatMap((cause) => causes(cause, depth + 1))];
}
