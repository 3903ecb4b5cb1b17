// Is this page a speech? Two stages, both linear models learned from the labelled corpus
// (detector-model.json). Stage 1 costs a few native reads and regular-expression scans
// and settles most pages; only pages in its uncertain band pay for stage 2, which reads
// the paragraph structure (salutation line, closing thanks, numbered paragraphs).

import type { Detection } from './types';
import { readPageSignals } from './detect-input';
import { stage1Features, stage2Features, type Features } from './detect-features';
import { DETECTOR_MODEL, linearScore, sigmoid, type DetectorModel } from './detector-model';
import { readPageText, type PageText } from './page-text';

export function detectSpeech(doc: Document, url: string, model: DetectorModel = DETECTOR_MODEL): Detection {
  const stage1 = stage1Features(readPageSignals(doc, url));
  return decideSpeech(model, stage1, () => stage2Features(readPageText(doc)), langOf(doc, stage1));
}

/** The same decision when the caller has already walked the page's lines. */
export function detectWithPageText(doc: Document, url: string, page: PageText, model: DetectorModel = DETECTOR_MODEL): Detection {
  const stage1 = stage1Features(readPageSignals(doc, url));
  return decideSpeech(model, stage1, () => stage2Features(page), page.lang);
}

/** The decision rule, on features already extracted (shared with the trainer). */
export function decideSpeech(model: DetectorModel, stage1: Features, stage2: () => Features, lang: Detection['lang'] = 'other'): Detection {
  const first = linearScore(model.stage1, stage1);
  const p1 = sigmoid(first.score);
  if (p1 <= model.band.low || p1 >= model.band.high) {
    return { isSpeech: p1 >= model.band.high, confidence: round(p1), signals: first.signals, lang, stage: 1 };
  }
  const second = linearScore(model.stage2, { ...stage1, ...stage2() });
  const p2 = sigmoid(second.score);
  return { isSpeech: p2 >= 0.5, confidence: round(p2), signals: second.signals, lang, stage: 2 };
}

function langOf(doc: Document, stage1: Features): Detection['lang'] {
  if (stage1.isZh?.value) return 'zh';
  const declared = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  return declared === '' || declared.startsWith('en') ? 'en' : 'other';
}

const round = (x: number) => Math.round(x * 1000) / 1000;
