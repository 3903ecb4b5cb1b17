import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { formatBytes, readStorageState, type StorageState } from './storageSize';

interface Props {
  /** Excerpts stored, once known. */
  count: number | undefined;
  /** Reads the browser's figures; tests pass their own. */
  readState?: () => Promise<StorageState>;
  children?: preact.ComponentChildren;
}

/**
 * The library footer: how many excerpts are stored and the space they take, read
 * again whenever the count changes; and whether the browser keeps them from eviction.
 */
export function StorageFooter({ count, readState = readStorageState, children }: Props) {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    if (count === undefined) return;
    let live = true;
    void readState().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [count]);
  return (
    <footer class="library-footer" aria-label={t('libraryFooterLabel')}>
      <p class="storage-line" data-storage-line={count === undefined ? undefined : 'ready'}>
        {count === undefined ? '' : storageLine(count, state)}
      </p>
      {children}
    </footer>
  );
}

function storageLine(count: number, state: StorageState | null): string {
  const used = state?.usage === undefined ? t('libraryStorageCount', String(count)) : t('libraryStorageLine', [String(count), formatBytes(state.usage)]);
  return state?.persisted ? `${used} · ${t('libraryStoragePersisted')}` : used;
}
