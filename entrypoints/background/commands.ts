import { browser } from 'wxt/browser';
import { saveSelection, stepSection, togglePanel } from '../../utils/page-control';

/** Keyboard commands declared in the manifest, applied to the active tab. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      if (command === 'toggle-panel') await togglePanel(tab.id);
      else if (command === 'next-section') await stepSection(tab.id, 'next');
      else if (command === 'previous-section') await stepSection(tab.id, 'previous');
      else if (command === 'save-excerpt') await saveSelection(tab.id);
    })().catch(() => undefined); // pages we cannot script (chrome://, the web store) have no panel
  });
}
