import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectSpeech } from '../utils/analyze/detect';
import type { Detection } from '../utils/analyze/types';
import { errorText } from '../utils/channel';
import { send } from '../utils/messages';
import { listenForPageMessages, type PageStatus } from '../utils/page-messages';
import { registeredReader } from '../utils/reader/registry';
import { readSettings } from '../utils/settings';

// Runs on every page, so it stays small: the cheap detector and a few messages.
// The panel, the full analysis and everything else live in the reader bundle,
// which the background injects only on a speech page or when the user asks.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let detection: Detection | null = null;
    let siteDisabled = false;
    let failure: string | null = null;

    const openReader = async () => {
      if (!registeredReader()) await send('reader:inject', { force: true });
    };
    const status = (): PageStatus => {
      const reader = registeredReader();
      return {
        detected: detection?.isSpeech ?? false,
        confidence: detection?.confidence ?? 0,
        siteDisabled,
        reader: reader?.status() ?? null,
        error: reader?.error() ?? failure,
      };
    };

    const stopListening = listenForPageMessages({
      'page:status': status,
      'page:show': async () => {
        await openReader();
        return status();
      },
      'panel:toggle': async () => {
        const reader = registeredReader();
        if (reader?.status()) reader.toggle();
        else await openReader();
        return status();
      },
      'panel:step': ({ direction }) => {
        registeredReader()?.step(direction);
        return status();
      },
    });
    ctx.onInvalidated(stopListening);

    void readSettings()
      .then((settings) => {
        siteDisabled = settings.disabledHosts.includes(location.hostname);
        if (siteDisabled || ctx.isInvalid) return;
        performance.mark('lectern:detect:start');
        detection = detectSpeech(document, location.href);
        performance.measure('lectern:detect', 'lectern:detect:start');
        if (detection.isSpeech) return openReader();
      })
      .catch((error: unknown) => {
        failure = errorText(error);
      });
  },
});
