import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageSignals } from '../utils/analyze/detect-input';
import { errorText, sendRequest } from '../utils/channel';
import type { RequestPayload, Responses } from '../utils/messages';
import { handOverStage1, recordDetection } from '../utils/reader/registry';

// Runs on every page, so it does as little as it can on the page's main thread: read what
// stage 1 of detection needs (native reads only) and hand it to the background in one
// message. The background checks the site switches, scores stage 1 off this thread, and
// answers: off on this site, always on (it has injected the reader), or the verdict. A
// speech gets the reader bundle; an uncertain page gets the stage-2 script
// (entrypoints/detector-stage2.ts), which reads the paragraphs.
//
// Declared as a content script in wxt.config.ts rather than with defineContentScript:
// WXT's content-script context posts a message to the page, dispatches an event and
// listens for newer copies of itself on every page, and this script registers nothing
// that would need stopping. The extension API is used once: in a fresh content-script
// world the first call into an API costs milliseconds, so the site switches are read by
// the background, not here. The popup reads the verdict with scripting.executeScript.
type DetectorRequest = 'detector:stage1' | 'reader:inject' | 'detector:stage2';
const request = <T extends DetectorRequest>(type: T, payload: RequestPayload<T>) => sendRequest<Responses[T]>(type, payload);

export default defineUnlistedScript(async () => {
  const started = performance.now();
  const state = { detected: false, confidence: 0, siteDisabled: false, siteAlways: false, error: null as string | null };
  try {
    const signals = readPageSignals(document, location.href);
    // Asked again once if the worker was stopping as the first request came (scoring is idempotent).
    const asked = request('detector:stage1', signals).catch(() => request('detector:stage1', signals));
    // Main-thread work only: from the script's start to the hand-over, then the reply's
    // handling, without the wait for the background in between.
    const readMs = performance.now() - started;
    const reply = await asked;
    const handled = performance.now();
    const busyMs = () => readMs + performance.now() - handled;
    if (reply.site !== 'detect') {
      recordDetection({ ...state, siteDisabled: reply.site === 'never', siteAlways: reply.site === 'always' });
      return measureStage1(busyMs(), true, 0);
    }
    const result = reply.result;
    if (!result.decided) {
      handOverStage1({ features: result.features, lang: result.lang });
      const pending = request('detector:stage2', {});
      measureStage1(busyMs(), false);
      await pending;
      return;
    }
    recordDetection({ ...state, detected: result.decided.isSpeech, confidence: result.decided.confidence });
    const injecting = result.decided.isSpeech ? request('reader:inject', { force: false }) : null;
    measureStage1(busyMs(), true);
    await injecting;
  } catch (error) {
    recordDetection({ ...state, error: errorText(error) });
  }
});

/**
 * The bench and the end-to-end tests read this script's main-thread time from this entry,
 * with whether it decided and its stage: 1, or 0 when the site's switch answered and
 * nothing was scored.
 */
function measureStage1(busyMs: number, decided: boolean, stage: 0 | 1 = 1) {
  performance.measure('lectern:detect', { start: performance.now() - busyMs, duration: busyMs, detail: { stage, decided } });
}
