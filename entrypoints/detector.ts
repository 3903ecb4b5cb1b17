import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { errorText } from '../utils/error-text';
import type { DetectorAnswer } from '../utils/analyze/detect-answers';
import { readPage, type PageReads } from '../utils/analyze/detect-input';

// Injected by the background (entrypoints/background/detect-page.ts) into every web
// document whose site's switches leave it to the detector, once the document is idle. It
// only reads what stage 1 of detection needs (native reads, no tree walk, no layout) and
// returns it as the injection's result: no extension API is touched in the page, so none
// of its first-call cost is paid here, and the background does the scoring (with the URL
// path taken from the committed document, not read here).
//
// A document restored from the back/forward cache is committed again and gets this script
// again: it answers with what it read the first time, without reading or measuring twice.
const READ_KEY = Symbol.for('lectern.detector.reads');

export default defineUnlistedScript((): DetectorAnswer => {
  const started = performance.now();
  const scope = globalThis as unknown as Record<symbol, PageReads | undefined>;
  const earlier = scope[READ_KEY];
  if (earlier) return { reads: earlier, ms: 0 };
  try {
    const reads = readPage(document);
    scope[READ_KEY] = reads;
    // Its main-thread time goes back with the reads (the background records it for the bench
    // and the tests), not into a User Timing entry the page could see.
    return { reads, ms: performance.now() - started };
  } catch (error) {
    return { error: errorText(error) };
  }
});
