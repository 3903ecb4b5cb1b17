import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectSpeech } from '../utils/analyze/detect';
import { errorText } from '../utils/channel';
import { send } from '../utils/messages';
import { recordDetection } from '../utils/reader/registry';
import { readSettings } from '../utils/settings';

// Runs on every page, so it stays small: read the per-site switch, run the cheap
// detector, and on a speech ask the background to inject the reader bundle (panel,
// full analysis). It registers no listeners; the popup reads its verdict with
// scripting.executeScript (utils/page-control.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const { disabledHosts } = await readSettings();
      if (disabledHosts.includes(location.hostname)) {
        recordDetection({ detected: false, confidence: 0, siteDisabled: true, error: null });
        return;
      }
      if (ctx.isInvalid) return;
      performance.mark('lectern:detect:start');
      const detection = detectSpeech(document, location.href);
      performance.measure('lectern:detect', 'lectern:detect:start');
      recordDetection({ detected: detection.isSpeech, confidence: detection.confidence, siteDisabled: false, error: null });
      if (detection.isSpeech) await send('reader:inject', { force: false });
    } catch (error) {
      recordDetection({ detected: false, confidence: 0, siteDisabled: false, error: errorText(error) });
    }
  },
});
