// Sizes for the library footer, in the units a reader expects (1 KB = 1024 bytes).
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export interface StorageState {
  /** Bytes this extension's origin uses (IndexedDB and the rest), as the browser estimates it. */
  usage: number | undefined;
  /** The browser promised not to evict the data (navigator.storage.persist() granted, or unlimitedStorage). */
  persisted: boolean | undefined;
}

/** What the browser says about our storage; unknown parts stay undefined (older browsers, tests). */
export async function readStorageState(storage: Pick<StorageManager, 'estimate' | 'persisted'> | undefined = navigator.storage): Promise<StorageState> {
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
  ]);
  return { usage: estimate?.usage, persisted };
}
