import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectStage1 } from '../utils/analyze/detect-stage1';
import { errorText, sendRequest } from '../utils/channel';
import type { RequestPayload, Responses } from '../utils/messages';
import { handOverStage1, recordDetection } from '../utils/reader/registry';
import { readSiteMode } from '../utils/settings';

// Runs on every page, so it stays small: read the per-site switches and run stage 1 of
// detection (native reads and a linear model). A speech, or a host set to "always",
// gets the reader bundle; an uncertain page gets the stage-2 script
// (entrypoints/detector-stage2.ts), which reads the paragraphs. It registers no
// listeners; the popup reads its verdict with scripting.executeScript.
const request = <T extends 'reader:inject' | 'detector:stage2'>(type: T, payload: RequestPayload<T>) => sendRequest<Responses[T]>(type, payload);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const state = { detected: false, confidence: 0, siteDisabled: false, siteAlways: false, error: null as string | null };
    try {
      const mode = await readSiteMode(location.hostname);
      if (mode === 'never') return recordDetection({ ...state, siteDisabled: true });
      if (ctx.isInvalid) return;
      if (mode === 'always') {
        recordDetection({ ...state, siteAlways: true });
        await request('reader:inject', { force: true });
        return;
      }
      const started = performance.now();
      const result = detectStage1(document, location.href);
      performance.measure('lectern:detect', { start: started, detail: { stage: 1, decided: result.decided !== null } });
      if (!result.decided) {
        handOverStage1({ features: result.features, lang: result.lang });
        await request('detector:stage2', {});
        return;
      }
      recordDetection({ ...state, detected: result.decided.isSpeech, confidence: result.decided.confidence });
      if (result.decided.isSpeech) await request('reader:inject', { force: false });
    } catch (error) {
      recordDetection({ ...state, error: errorText(error) });
    }
  },
});
