import { useEffect, useRef, useState } from 'preact/hooks';
import type { LecternDB } from '../../utils/db/schema';
import type { Excerpt } from '../../utils/excerpts/model';
import { downloadFile, type Download } from '../../utils/download';
import { t } from '../../utils/i18n';
import { BackupSwitch, type BackupControl } from './BackupSwitch';
import { describeError } from './describeError';
import { ExcerptList } from './ExcerptList';
import { ExportMenu, type ExportScope } from './ExportMenu';
import { matchingRows, selectedRows } from './exportRows';
import { Filters } from './Filters';
import { ImportButton } from './ImportButton';
import { Notices } from './Notices';
import { ResultSummary } from './ResultSummary';
import { SearchBar } from './SearchBar';
import { SelectionBar } from './SelectionBar';
import { StorageFooter } from './StorageFooter';
import type { StorageState } from './storageSize';
import { UndoToast } from './UndoToast';
import { useDebounced } from './useDebounced';
import { useExcerptActions } from './useExcerptActions';
import { resultKey, useExcerptResults, useFacets } from './useExcerptResults';
import { useFirstRows } from './useFirstRows';
import { useNotices } from './useNotices';
import { usePaging } from './usePaging';
import { useSelection } from './useSelection';
import { useTransfer } from './useTransfer';
import { useUndoDelete } from './useUndoDelete';
import { ViewToggle, type LibraryView } from './ViewToggle';

export interface LibraryPageProps {
  db: LecternDB;
  /** Where exports go; tests pass a recorder. */
  download?: Download;
  clipboard?: { writeText(text: string): Promise<void> };
  now?: () => number;
  undoMs?: number;
  /** The browser's storage figures for the footer (after the page asked for persistent storage). */
  storageState?: () => Promise<StorageState>;
  /** The newest rows, already read (see utils/db/first-rows.ts), shown before the live query answers. */
  firstRows?: Excerpt[];
  /** The weekly-backup switch's link to the browser; without it the switch is not shown. */
  backup?: BackupControl;
}

const SEARCH_DEBOUNCE_MS = 150;

export function LibraryPage({ db, download = downloadFile, clipboard, now = Date.now, undoMs = 8_000, storageState, backup, firstRows }: LibraryPageProps) {
  const [searchText, setSearchText] = useState('');
  const [tag, setTag] = useState('');
  const [host, setHost] = useState('');
  const [view, setView] = useState<LibraryView>('newest');
  const query = useDebounced(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const filter = { query, tag: tag || undefined, host: host || undefined };
  const key = resultKey(filter);
  const paging = usePaging(key);
  const results = useExcerptResults(db, { ...filter, limit: paging.limit }, firstRows);
  const ready = results.status === 'ready';
  // The first rows come from one indexed read; everything else waits until they are painted.
  const painted = useFirstRows(ready) || results.status === 'failed';
  const facets = useFacets(db, painted);
  const selection = useSelection();
  const notices = useNotices();
  const deletion = useUndoDelete(db, notices);
  const heading = useRef<HTMLHeadingElement>(null);
  const toastRegion = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onBlocked = () => notices.fail(t('libraryErrorBlocked'));
    db.on('blocked', onBlocked);
    return () => db.on('blocked').unsubscribe(onBlocked);
  }, [db]);

  const rows = results.status === 'ready' ? results.value.rows : [];
  const hasMore = results.status === 'ready' && results.value.hasMore;
  const current = results.status === 'ready' && results.value.key === key;
  const filtered = Boolean(query || filter.tag || filter.host);
  const total = facets.status === 'ready' ? facets.value.total : undefined;
  const scope: ExportScope = selection.ids.size
    ? { kind: 'selected', count: selection.ids.size }
    : filtered
      ? { kind: 'matching' }
      : { kind: 'all', count: total };

  const transfer = useTransfer({
    db,
    notices,
    download,
    now,
    exportRows: () => (selection.ids.size ? selectedRows(db, [...selection.ids]) : matchingRows(db, filter)),
  });

  const { save, copy } = useExcerptActions({ db, notices, now, clipboard });
  const remove = async (ids: string[], viaKeyboard: boolean) => {
    const removed = await deletion.remove(ids, viaKeyboard);
    selection.set(removed.map((row) => row.id), false);
    // A pointer user's focus went with the card; keep it in the page rather than on <body>.
    if (!viaKeyboard && document.activeElement === document.body) heading.current?.focus();
  };
  // When the offer closes with focus on it, focus goes to the page heading rather than being lost.
  const closeToast = (close: () => unknown) => {
    const hadFocus = toastRegion.current?.contains(document.activeElement) ?? false;
    void close();
    if (hadFocus) heading.current?.focus();
  };
  const clearFilters = () => {
    setSearchText('');
    setTag('');
    setHost('');
  };

  return (
    <>
      <header class="library-header">
        <h1 ref={heading} tabIndex={-1}>
          {t('libraryHeading')}
        </h1>
        <ImportButton busy={transfer.importing} onFile={transfer.importFile} />
      </header>
      <main>
        <section class="library-tools" aria-label={t('libraryToolsLabel')}>
          <SearchBar value={searchText} onChange={setSearchText} />
          <Filters
            tags={facets.status === 'ready' ? facets.value.tags : []}
            hosts={facets.status === 'ready' ? facets.value.hosts : []}
            tag={tag}
            host={host}
            onTag={setTag}
            onHost={setHost}
            onClear={searchText || tag || host ? clearFilters : undefined}
          />
          <ViewToggle view={view} onChange={setView} />
        </section>
        <Notices info={notices.info} errors={notices.errors} onDismiss={notices.dismiss} />
        <section class="library-toolbar" aria-label={t('libraryToolbarLabel')}>
          <SelectionBar
            shownIds={rows.map((row) => row.id)}
            selected={selection.ids}
            onSelectShown={(on) => selection.set(rows.map((row) => row.id), on)}
            onClear={selection.clear}
            onDeleteSelected={(viaKeyboard) => void remove([...selection.ids], viaKeyboard)}
          />
          <ExportMenu scope={scope} onExport={(format) => void transfer.exportAs(format)} />
        </section>
        {facets.status === 'failed' && results.status !== 'failed' && (
          <p class="library-error" role="alert">
            {t('libraryLoadFailed', describeError(facets.error))}
          </p>
        )}
        {results.status === 'failed' ? (
          <p class="library-error" role="alert">
            {t('libraryLoadFailed', describeError(results.error))}
          </p>
        ) : (
          <ResultSummary
            shown={rows.length}
            hasMore={hasMore}
            filtered={results.status === 'ready' && results.value.filtered}
            total={total}
          />
        )}
        <div class="library-results" ref={paging.listRef} data-ready={ready ? 'true' : undefined} aria-busy={!current}>
          {results.status === 'loading' && <p class="library-empty">{t('libraryLoading')}</p>}
          {current && rows.length === 0 && !filtered && <p class="library-empty">{t('libraryEmpty')}</p>}
          {rows.length > 0 && (
            <ExcerptList
              rows={rows}
              view={view}
              selected={selection.ids}
              download={download}
              onSelect={(id, on) => selection.set([id], on)}
              onSave={save}
              onDelete={(excerpt, viaKeyboard) => void remove([excerpt.id], viaKeyboard)}
              onCopy={(excerpt) => void copy(excerpt)}
            />
          )}
        </div>
        {hasMore && (
          <button type="button" class="show-more" onClick={() => paging.showMore(rows.length)}>
            {t('libraryShowMore')}
          </button>
        )}
        <div class="toast-region" ref={toastRegion} aria-live="polite">
          {deletion.pending && (
            <UndoToast
              key={deletion.pending.id}
              message={deletion.pending.message}
              timeoutMs={undoMs}
              focus={deletion.pending.focus}
              onUndo={() => closeToast(deletion.undo)}
              onExpire={() => closeToast(deletion.expire)}
            />
          )}
        </div>
      </main>
      <StorageFooter count={total} readState={storageState}>
        {backup && painted && <BackupSwitch control={backup} onFailure={(message) => notices.fail(message)} />}
      </StorageFooter>
    </>
  );
}
