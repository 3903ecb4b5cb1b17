import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { readStorageState } from '../../components/library/storageSize';
import { backupControl } from '../../utils/backup/control';
import { database } from '../../utils/db/schema';
import type { Excerpt } from '../../utils/excerpts/model';
import { t } from '../../utils/i18n';
import './library.css';

/** The library page proper, loaded by main.ts while the first rows are being read. */
export function startLibrary(firstRows: Excerpt[] | null): void {
  const db = database();
  // Opening now overlaps with the first render; a failure is reported by the queries that need it.
  void db.open().catch(() => undefined);
  document.title = t('libraryTitle');
  document.documentElement.lang = t('uiLang');
  // Ask the browser not to evict the reader's excerpts under storage pressure (with
  // unlimitedStorage Chrome grants it at once); the footer says whether it is granted.
  const persisted = Promise.resolve(navigator.storage?.persist?.()).catch(() => false);
  render(
    <LibraryPage db={db} firstRows={firstRows ?? undefined} storageState={() => persisted.then(() => readStorageState())} backup={backupControl} />,
    document.getElementById('app')!,
  );
}
