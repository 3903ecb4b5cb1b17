// Stage 1 of detection: native reads (detect-input.ts, in the page), word-list features and
// one linear model (in the background, from the signals the page hands over).

import type { Detection } from './types';
import { readPageSignals, type PageSignals } from './detect-input';
import { stage1Features, type Features } from './detect-features';
import { STAGE1_MODEL, linearScore, sigmoid, type DetectorModel, type Stage1Model } from './detector-model';

export type Stage1Result = { decided: Detection } | { decided: null; features: Features; lang: Detection['lang'] };

export function detectStage1(doc: Document, url: string, model: Stage1Model = STAGE1_MODEL): Stage1Result {
  return scoreStage1(readPageSignals(doc, url), model);
}

/** Stage 1 on what the page handed over: the background runs this, off the page's main thread. */
export function scoreStage1(signals: PageSignals, model: Stage1Model = STAGE1_MODEL): Stage1Result {
  const features = stage1Features(signals);
  const lang = langOf(signals.lang, features);
  const decided = decideStage1(model, features, lang);
  return decided ? { decided } : { decided: null, features, lang };
}

/** The stage-1 verdict, or null when the page falls in the uncertain band. */
export function decideStage1(model: Stage1Model, features: Features, lang: Detection['lang'] = 'other'): Detection | null {
  const { score, signals } = linearScore(model.stage1, features);
  const p = sigmoid(score);
  if (p > model.band.low && p < model.band.high) return null;
  return { isSpeech: p >= model.band.high, confidence: round(p), signals, lang, stage: 1 };
}

/** Stage 2's verdict, over both stages' features. */
export function decideStage2(model: DetectorModel, stage1: Features, stage2: Features, lang: Detection['lang'] = 'other'): Detection {
  const { score, signals } = linearScore(model.stage2, { ...stage1, ...stage2 });
  const p = sigmoid(score);
  return { isSpeech: p >= 0.5, confidence: round(p), signals, lang, stage: 2 };
}

function langOf(declared: string, features: Features): Detection['lang'] {
  if (features.isZh?.value) return 'zh';
  return declared === '' || declared.startsWith('en') ? 'en' : 'other';
}

const round = (x: number) => Math.round(x * 1000) / 1000;
