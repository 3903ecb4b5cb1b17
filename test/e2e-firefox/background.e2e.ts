// The background page and what hangs on it (context menu, shortcuts). Firefox runs
// the MV2 build's background as a persistent page, not a service worker. At every browser start the page loads again without runtime.onInstalled, and
// Firefox keeps nothing a persistent page registered before: the context menu, the
// message handlers. Restarting the add-on in the same session (disable + enable)
// starts the page the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/browser';
import { chooseAddonContextMenuItem, pressAddonShortcut, restartAddon } from '../../scripts/lib/firefox';
import type { JourneyPage } from '../journeys/driver';
import { launchFirefoxJourney, puppeteerPageOf } from '../journeys/firefox';
import { DEMO, SELECTABLE_SECTION_PATH, SELECTABLE_SPEECH, selectInPage } from '../journeys/journeys';

type Firefox = Awaited<ReturnType<typeof launchFirefoxJourney>>;
const MENU_ID = 'lectern-save-excerpt';

/** Whether our context-menu item exists: updating an unknown id is refused. */
const menuExists = (page: JourneyPage) =>
  page.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: { contextMenus: { update(id: string, changes: object): Promise<void> } } }).browser;
    return api.contextMenus.update(id, {}).then(
      () => true,
      () => false,
    );
  }, MENU_ID);

/** The keyboard commands Firefox registered, with their shortcuts. */
const commands = (page: JourneyPage) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } } }).browser;
    return Object.fromEntries((await api.commands.getAll()).map((command) => [command.name, command.shortcut]));
  }, null);

describe('the background page in Firefox', () => {
  let server: FixtureServer;
  let firefox: Firefox;

  beforeAll(async () => {
    server = await serveFixtures();
    firefox = await launchFirefoxJourney();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('registers the context menu and the keyboard shortcuts, and registers them again when the add-on restarts', async () => {
    const before = await firefox.openExtensionPage('popup.html');
    expect(await menuExists(before)).toBe(true);
    expect(await commands(before)).toEqual({
      'toggle-panel': 'Alt+Shift+L',
      'next-section': 'Alt+Shift+J',
      'previous-section': 'Alt+Shift+K',
      'save-excerpt': 'Alt+Shift+S',
    });
    // The probe can say no: an id we never created is not found.
    expect(await before.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { contextMenus: { update(id: string, changes: object): Promise<void> } } }).browser;
      return api.contextMenus.update('no-such-item', {}).then(() => true, () => false);
    }, null)).toBe(false);

    await restartAddon(firefox.firefox);
    const after = await firefox.openExtensionPage('popup.html');
    expect(await menuExists(after)).toBe(true);

    // The restarted background answers the detector and the library again.
    const page = await firefox.open(server.url(DEMO));
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    const reply = await after.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
      return api.runtime.sendMessage({ lectern: 1, type: 'excerpt:list', payload: {} });
    }, null);
    expect(reply).toEqual({ ok: true, value: [] });
  });

  // After the restart above: the commands listener came back with the page.
  it('keyboard shortcuts: Alt+Shift+L toggles the panel, J / K step through sections, S saves the selection', async () => {
    const page = await firefox.open(server.url(SELECTABLE_SPEECH));
    try {
      expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
      await pressAddonShortcut(firefox.firefox, 'L');
      await expect.poll(() => page.count('lectern-panel >>> .lectern-tab')).toBe(1);
      await pressAddonShortcut(firefox.firefox, 'L');
      await expect.poll(() => page.count('lectern-panel >>> [role="tree"]')).toBe(1);

      const current = async () => (await page.texts('lectern-panel >>> [aria-current="location"] .outline-text'))[0] ?? '';
      await page.evaluate(() => window.scrollTo(0, 0), null);
      await pressAddonShortcut(firefox.firefox, 'J');
      await expect.poll(current).toMatch(/^一、/);
      const first = await current();
      await pressAddonShortcut(firefox.firefox, 'J');
      await expect.poll(current).not.toBe(first);
      await pressAddonShortcut(firefox.firefox, 'K');
      await expect.poll(current).toMatch(/^一、/);

      const passage = await page.evaluate(() => {
        const text = document.body.textContent ?? '';
        const at = text.indexOf('学校队伍建设还远远没有完成');
        return text.slice(at, text.indexOf('。', at) + 1);
      }, null);
      await page.evaluate(selectInPage, passage);
      await pressAddonShortcut(firefox.firefox, 'S');
      expect(await page.appears('lectern-panel >>> [role="dialog"]', 5_000)).toBe(true);
      const library = await firefox.openExtensionPage('library.html');
      await expect.poll(() => library.texts('.excerpt-text')).toEqual([passage]);
      expect((await library.texts('.excerpt-source')).join('')).toContain(SELECTABLE_SECTION_PATH);
      await library.close();
    } finally {
      await page.close();
    }
  });

  it('context menu: a right click on a selection, “用讲稿伴读摘录”, saves it', async () => {
    const page = await firefox.open(server.url(SELECTABLE_SPEECH));
    try {
      expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
      const passage = await page.evaluate(() => {
        const text = document.body.textContent ?? '';
        const at = text.indexOf('学校想要有更多优秀生源');
        return text.slice(at, text.indexOf('。', at) + 1);
      }, null);
      expect(passage.length).toBeGreaterThan(10);
      await page.evaluate(selectInPage, passage);
      const at = await page.evaluate(() => {
        const rect = getSelection()!.getRangeAt(0).getClientRects()[0]!;
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }, null);
      await puppeteerPageOf(page).mouse.click(at.x, at.y, { button: 'right' });
      await chooseAddonContextMenuItem(firefox.firefox, MENU_ID);
      expect(await page.appears('lectern-panel >>> [role="dialog"]', 5_000)).toBe(true);
      await expect.poll(() => page.texts('lectern-panel >>> .page-excerpts .excerpt-item')).toContain(passage);
    } finally {
      await page.close();
    }
  });
});
