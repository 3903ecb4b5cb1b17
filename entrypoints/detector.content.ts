import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectSpeech } from '../utils/analyze/detect';
import { errorText } from '../utils/channel';
import { send } from '../utils/messages';
import { recordDetection } from '../utils/reader/registry';
import { readSettings, siteMode } from '../utils/settings';

// Runs on every page, so it stays small: read the per-site switches, run the two-stage
// detector, and on a speech (or on a host the reader set to "always") ask the background
// to inject the reader bundle (panel, full analysis). It registers no listeners; the
// popup reads its verdict with scripting.executeScript (utils/page-control.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const state = { detected: false, confidence: 0, siteDisabled: false, siteAlways: false, error: null as string | null };
    try {
      const mode = siteMode(await readSettings(), location.hostname);
      if (mode === 'never') return recordDetection({ ...state, siteDisabled: true });
      if (ctx.isInvalid) return;
      if (mode === 'always') {
        recordDetection({ ...state, siteAlways: true });
        await send('reader:inject', { force: true });
        return;
      }
      const started = performance.now();
      const detection = detectSpeech(document, location.href);
      performance.measure('lectern:detect', { start: started, detail: { stage: detection.stage } });
      recordDetection({ ...state, detected: detection.isSpeech, confidence: detection.confidence });
      if (detection.isSpeech) await send('reader:inject', { force: false });
    } catch (error) {
      recordDetection({ ...state, error: errorText(error) });
    }
  },
});
