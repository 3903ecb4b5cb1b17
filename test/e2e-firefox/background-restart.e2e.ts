// Firefox runs the MV2 build's background as a persistent page, not a service worker.
// At every browser start the page loads again without runtime.onInstalled, and
// Firefox keeps nothing a persistent page registered before: the context menu, the
// message handlers. Restarting the add-on in the same session (disable + enable)
// starts the page the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/browser';
import { restartAddon } from '../../scripts/lib/firefox';
import type { JourneyPage } from '../journeys/driver';
import { launchFirefoxJourney } from '../journeys/firefox';
import { DEMO } from '../journeys/journeys';

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
});
