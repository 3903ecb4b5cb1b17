import { browser } from 'wxt/browser';
import { saveSelection } from '../../utils/page-control';

const MENU_ID = 'lectern-save-excerpt';

/** "Save excerpt with Lectern" on a text selection. */
export function setUpContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('contextMenuSaveExcerpt'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void saveSelection(tab.id).catch(() => undefined); // a page we cannot script has no speech to save from
  });
}
