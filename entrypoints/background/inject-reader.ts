import { browser } from 'wxt/browser';
import type { SenderInfo } from '../../utils/messages';

/** Injects the reader bundle (panel UI and the full analysis) into the frame that asked. */
export async function injectReader(sender: SenderInfo): Promise<{ injected: boolean }> {
  if (sender.tabId === undefined) return { injected: false };
  await browser.scripting.executeScript({
    target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
    files: ['/reader.js'],
  });
  return { injected: true };
}
