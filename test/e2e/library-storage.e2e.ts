// The library never loses excerpts to eviction: unlimitedStorage in the manifest, the
// page asks for persistent storage, and its footer shows how many excerpts are stored
// and the space they use, as the browser itself reports it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, removeProfileDir, sendRuntimeMessage, type ExtensionBrowser } from './harness';

const DRAFT = {
  text: '始终把人民群众的利益放在第一位',
  note: '',
  tags: ['政绩观'],
  pageUrl: 'http://127.0.0.1/demo/wentop-speech.html',
  pageTitle: '讲话',
  speechTitle: '在全县动员会上的讲话',
  sectionPath: [],
};

describe('library storage line in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    // Counts the page's calls to persist(), before any script of the page runs.
    await browser.context.addInitScript(() => {
      const storage = navigator.storage;
      const persist = storage.persist.bind(storage);
      const calls = ((globalThis as unknown as { __persistCalls: number }).__persistCalls = 0);
      void calls;
      storage.persist = () => {
        (globalThis as unknown as { __persistCalls: number }).__persistCalls++;
        return persist();
      };
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (browser) await removeProfileDir(browser.profileDir);
  });

  it('declares unlimitedStorage, asks to persist, and shows the count and space used', async () => {
    const library = await openExtensionPage(browser, 'library.html');
    const manifest = await library.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions: string[]; optional_permissions?: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('unlimitedStorage');
    expect(manifest.optional_permissions).toEqual(['downloads']);
    expect(manifest.permissions).not.toContain('downloads');

    await library.waitForSelector('.library-results[data-ready="true"]');
    for (let i = 0; i < 3; i++) {
      expect(await sendRuntimeMessage(library, { lectern: 1, type: 'excerpt:save', payload: { ...DRAFT, text: `${DRAFT.text}（${i}）` } })).toMatchObject({ ok: true });
    }
    const line = library.locator('[data-storage-line="ready"]');
    await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/^已存 3 条摘录，在本机占用 [\d.]+ (B|KB|MB)/);

    const { calls, persisted, usage } = await library.evaluate(async () => ({
      calls: (globalThis as unknown as { __persistCalls: number }).__persistCalls,
      persisted: await navigator.storage.persisted(),
      usage: (await navigator.storage.estimate()).usage ?? 0,
    }));
    expect(calls).toBe(1);
    expect(usage).toBeGreaterThan(0);
    const text = (await line.textContent())!;
    expect(text.endsWith(' · 浏览器不会为腾出空间而清除它们')).toBe(persisted);
    await expect(library.getByRole('contentinfo', { name: '存储与备份' }).isVisible()).resolves.toBe(true);

    // The weekly backup is offered, and off until the reader turns it on.
    const backup = library.getByRole('checkbox', { name: '每周自动导出备份' });
    await expect.poll(() => backup.isEnabled()).toBe(true);
    expect(await backup.isChecked()).toBe(false);
  });
});
