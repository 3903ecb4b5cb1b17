import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPageSignals } from '../utils/analyze/detect-input';
import type { Stage1Result } from '../utils/analyze/detect-stage1';
import { errorText, sendRequest } from '../utils/channel';
import type { RequestPayload, Responses } from '../utils/messages';
import { handOverStage1, recordDetection } from '../utils/reader/registry';
import { readSiteMode } from '../utils/settings';

// Runs on every page, so it does as little as it can on the page's main thread: read the
// per-site switches, read what stage 1 of detection needs (native reads only), and hand
// that to the background, which scores it off this thread. A speech, or a host set to
// "always", gets the reader bundle; an uncertain page gets the stage-2 script
// (entrypoints/detector-stage2.ts), which reads the paragraphs. It registers no
// listeners; the popup reads its verdict with scripting.executeScript.
type DetectorRequest = 'detector:stage1' | 'reader:inject' | 'detector:stage2';
const request = <T extends DetectorRequest>(type: T, payload: RequestPayload<T>) => sendRequest<Responses[T]>(type, payload);

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
      // Main-thread work only: the reads and the hand-over, then the verdict's handling,
      // without the wait for the background in between.
      const readStarted = performance.now();
      const signals = readPageSignals(document, location.href);
      // Asked again once if the worker was stopping as the first request came (scoring is idempotent).
      const scored = request('detector:stage1', signals).catch(() => request('detector:stage1', signals));
      const readMs = performance.now() - readStarted;
      const result: Stage1Result = await scored;
      const handled = performance.now();
      if (!result.decided) {
        handOverStage1({ features: result.features, lang: result.lang });
        const pending = request('detector:stage2', {});
        measureStage1(readMs + performance.now() - handled, false);
        await pending;
        return;
      }
      recordDetection({ ...state, detected: result.decided.isSpeech, confidence: result.decided.confidence });
      const injecting = result.decided.isSpeech ? request('reader:inject', { force: false }) : null;
      measureStage1(readMs + performance.now() - handled, true);
      await injecting;
    } catch (error) {
      recordDetection({ ...state, error: errorText(error) });
    }
  },
});

/** The bench and the end-to-end tests read stage 1's main-thread time (and whether it decided) from this entry. */
function measureStage1(busyMs: number, decided: boolean) {
  performance.measure('lectern:detect', { start: performance.now() - busyMs, duration: busyMs, detail: { stage: 1, decided } });
}
