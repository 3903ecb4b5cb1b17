import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { stage2Features } from '../utils/analyze/detect-features';
import { decideStage2 } from '../utils/analyze/detect-stage1';
import { DETECTOR_MODEL } from '../utils/analyze/detector-model';
import { readPageText } from '../utils/analyze/page-text';
import { errorText, sendRequest } from '../utils/channel';
import type { RequestPayload, Responses } from '../utils/messages';
import { recordDetection, takeStage1 } from '../utils/reader/registry';

// Injected by the background only where stage 1 of detection was unsure: reads the
// page's paragraph structure, decides with the stage-2 model, and on a speech asks for
// the reader bundle, as the every-page script does for a clear speech.
export default defineUnlistedScript(async () => {
  const state = { detected: false, confidence: 0, siteDisabled: false, siteAlways: false, error: null as string | null };
  const handoff = takeStage1();
  if (!handoff) return;
  try {
    const started = performance.now();
    const detection = decideStage2(DETECTOR_MODEL, handoff.features, stage2Features(readPageText(document)), handoff.lang);
    performance.measure('lectern:detect', { start: started, detail: { stage: 2, decided: true } });
    recordDetection({ ...state, detected: detection.isSpeech, confidence: detection.confidence });
    if (detection.isSpeech) await sendRequest<Responses['reader:inject']>('reader:inject', { force: false } satisfies RequestPayload<'reader:inject'>);
  } catch (error) {
    recordDetection({ ...state, error: errorText(error) });
  }
});
