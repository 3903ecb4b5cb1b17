import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { errorText } from '../utils/error-text';
import type { Stage2Answer } from '../utils/analyze/detect-answers';
import { stage2Features } from '../utils/analyze/detect-features';
import { readPageText } from '../utils/analyze/page-text';

// Injected by the background only where stage 1 of detection was unsure: reads the page's
// paragraph structure and returns its features; the background decides with the stage-2 model.
export default defineUnlistedScript((): Stage2Answer => {
  try {
    const started = performance.now();
    const features = stage2Features(readPageText(document));
    return { features, ms: performance.now() - started };
  } catch (error) {
    return { error: errorText(error) };
  }
});
