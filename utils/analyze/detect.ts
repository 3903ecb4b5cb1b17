// Is this page a speech? Two stages, both linear models learned from the labelled corpus
// (detector-model.json). Stage 1 (detect-stage1.ts) costs a few native reads and
// regular-expression scans and settles most pages; only pages in its uncertain band pay
// for stage 2, which reads the paragraph structure (salutation line, closing thanks,
// numbered paragraphs). In the extension the two stages are two scripts (stage 2 is
// injected only when needed); here they run in one call.

import type { Detection } from './types';
import { stage2Features, type Features } from './detect-features';
import { decideStage1, decideStage2, detectStage1 } from './detect-stage1';
import { DETECTOR_MODEL, type DetectorModel } from './detector-model';
import { readPageText, type PageText } from './page-text';

export function detectSpeech(doc: Document, url: string, model: DetectorModel = DETECTOR_MODEL): Detection {
  const first = detectStage1(doc, url, model);
  if (first.decided) return first.decided;
  return decideStage2(model, first.features, stage2Features(readPageText(doc)), first.lang);
}

/** The same decision when the caller has already walked the page's lines. */
export function detectWithPageText(doc: Document, url: string, page: PageText, model: DetectorModel = DETECTOR_MODEL): Detection {
  const first = detectStage1(doc, url, model);
  if (first.decided) return first.decided;
  return decideStage2(model, first.features, stage2Features(page), page.lang);
}

/** The decision rule on features already extracted (the trainer's view of a page). */
export function decideSpeech(model: DetectorModel, stage1: Features, stage2: () => Features): Detection {
  return decideStage1(model, stage1) ?? decideStage2(model, stage1, stage2());
}
