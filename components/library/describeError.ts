import { errorText } from '../../utils/messages';
import { t } from '../../utils/i18n';

/**
 * What went wrong, in words a reader can act on, followed by the browser's own
 * message. Dexie wraps the IndexedDB error (`inner`, or `failures` for bulk writes),
 * so the cause is looked for along that chain.
 */
export function describeError(error: unknown): string {
  const names = causes(error).map((cause) => cause.name);
  const detail = errorText(error);
  if (names.includes('QuotaExceededError')) return `${t('libraryErrorQuota')} (${detail})`;
  if (names.some((name) => BLOCKED.has(name))) return `${t('libraryErrorBlocked')} (${detail})`;
  return detail;
}

const BLOCKED = new Set(['DatabaseClosedError', 'OpenFailedError', 'VersionError', 'BlockedError']);

function causes(error: unknown, depth = 0): Error[] {
  if (!(error instanceof Error) || depth > 4) return [];
  const nested = error as Error & { inner?: unknown; failures?: unknown[] };
  const more = [nested.inner, ...(Array.isArray(nested.failures) ? nested.failures : [])];
  return [error, ...more.flatMap((cause) => causes(cause, depth + 1))];
}
