import { browser } from 'wxt/browser';
import { saveSelection } from '../../utils/page-control';

const MENU_ID = 'lectern-save-excerpt';

/** "Save excerpt with Lectern" on a text selection. */
export function setUpContextMenu(): void {
  const create = () =>
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('contextMenuSaveExcerpt'), contexts: ['selection'] });
  // Chrome keeps the items a service worker created; creating them again on every
  // wake would fail on the duplicate id, so once per install. Firefox never keeps
  // the items of a persistent background page (MV2): it starts again on every
  // browser start without onInstalled, so it creates them each time it loads.
  if (import.meta.env.FIREFOX) create();
  else browser.runtime.onInstalled.addListener(create);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void saveSelection(tab.id).catch(() => undefined); // a page we cannot script has no speech to save from
  });
}
