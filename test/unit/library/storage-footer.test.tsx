import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { formatBytes, readStorageState } from '../../../components/library/storageSize';
import type { LecternDB } from '../../../utils/db/schema';
import { deleteExcerpts } from '../../../utils/excerpts/store';
import { installLocale } from '../../helpers/i18n';
import { freshDb, renderLibrary, seed, THREE, useLibraryDb } from './fixtures';

describe('library footer: excerpts stored and space used', () => {
  let db: LecternDB;
  useLibraryDb((fresh) => (db = fresh));

  it('shows the count and the space the browser reports, read again when the count changes', async () => {
    const saved = await seed(db, THREE);
    let usage = 5_400_000;
    let reads = 0;
    renderLibrary(db, { storageState: async () => ({ usage: usage, persisted: (reads++, true) }) });
    const footer = await screen.findByRole('contentinfo', { name: '存储与备份' });
    await waitFor(() => expect(footer.textContent).toBe('已存 3 条摘录，在本机占用 5.1 MB · 浏览器不会为腾出空间而清除它们'));
    usage = 2_048;
    await deleteExcerpts(db, [saved[0]!.id]);
    await waitFor(() => expect(footer.textContent).toBe('已存 2 条摘录，在本机占用 2.0 KB · 浏览器不会为腾出空间而清除它们'));
    expect(reads).toBe(2);
  });

  it('says only the count when the browser gives no estimate, and no promise when not persisted', async () => {
    await seed(db, THREE.slice(0, 1));
    installLocale('en');
    renderLibrary(db, { storageState: async () => ({ usage: undefined, persisted: false }) });
    const footer = await screen.findByRole('contentinfo', { name: 'Storage and backup' });
    await waitFor(() => expect(footer.textContent).toBe('1 excerpts stored'));
  });
});

describe('storage figures', () => {
  it('formats sizes in binary units', () => {
    expect([0, 1023, 1024, 10 * 1024 * 1024 + 1, 3.5 * 1024 ** 3].map(formatBytes)).toEqual(['0 B', '1023 B', '1.0 KB', '10 MB', '3.5 GB']);
    expect(formatBytes(NaN)).toBe('?');
  });

  it('reads usage and persistence from the storage manager, tolerating what it lacks', async () => {
    const manager = { estimate: async () => ({ usage: 42, quota: 1e9 }), persisted: async () => true };
    expect(await readStorageState(manager)).toEqual({ usage: 42, persisted: true });
    expect(await readStorageState(undefined)).toEqual({ usage: undefined, persisted: undefined });
    const failing = { estimate: () => Promise.reject(new Error('no')), persisted: async () => false };
    expect(await readStorageState(failing)).toEqual({ usage: undefined, persisted: false });
  });
});
