import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../../utils/messages';
import { excerptHandlers } from './excerpt-handlers';
import { injectReader } from './inject-reader';

export default defineBackground(() => {
  registerHandlers({
    'reader:inject': (_payload, sender) => injectReader(sender),
    ...excerptHandlers,
  });
  void browser.runtime.onInstalled.addListener(() => {
    // Ask the browser not to evict the reader's excerpts under storage pressure.
    void navigator.storage?.persist?.().catch(() => false);
  });
});
