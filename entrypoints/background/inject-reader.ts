import { browser } from 'wxt/browser';
import type { SenderInfo } from '../../utils/messages';

async function injectInto(sender: SenderInfo, file: '/reader.js' | '/detector-stage2.js'): Promise<{ injected: boolean }> {
  if (sender.tabId === undefined) return { injected: false };
  await browser.scripting.executeScript({ target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
  return { injected: true };
}

/** Injects the reader bundle (panel UI and the full analysis) into the frame that asked. */
export const injectReader = (sender: SenderInfo) => injectInto(sender, '/reader.js');

/** Injects stage 2 of detection into the frame whose stage 1 was unsure. */
export const injectDetectorStage2 = (sender: SenderInfo) => injectInto(sender, '/detector-stage2.js');
