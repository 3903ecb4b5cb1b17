import { browser } from 'wxt/browser';
import { sendToPage } from '../../utils/page-messages';

/** Keyboard commands declared in the manifest, forwarded to the active tab's content script. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      if (command === 'toggle-panel') await sendToPage(tab.id, 'panel:toggle', {});
      else if (command === 'next-section') await sendToPage(tab.id, 'panel:step', { direction: 'next' });
      else if (command === 'previous-section') await sendToPage(tab.id, 'panel:step', { direction: 'previous' });
    })().catch(() => undefined); // pages without our content script (chrome://, the store) have nothing to toggle
  });
}
