// Learning the detector from the labelled corpus, and judging it on pages it was not
// trained on (grouped 5-fold cross-validation by source). Shared by `npm run
// train:detector` and the corpus ring, so both see exactly the same figures.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPageSignals } from '../../utils/analyze/detect-input';
import { STAGE1_FEATURES, STAGE2_FEATURES, stage1Features, stage2Features, type Features } from '../../utils/analyze/detect-features';
import { decideSpeech } from '../../utils/analyze/detect';
import type { DetectorModel, LinearModel } from '../../utils/analyze/detector-model';
import { readPageText } from '../../utils/analyze/page-text';
import type { DetectionSignal } from '../../utils/analyze/types';
import { loadHtmlFile } from '../lib/load-html';
import { CORPUS_DIR, loadCorpusPages } from '../../test/corpus/corpus-pages';
import { DEFAULT_FIT, fitLogistic, type FitOptions } from './logistic';

export const FOLDS = 5;
/** Stage-1 confidence band in which stage 2 is consulted. */
export const BAND = { low: 0.15, high: 0.85 };
const STAGE2_NAMES = [...STAGE1_FEATURES, ...STAGE2_FEATURES];

export interface PageFeatures {
  key: string;
  src: string;
  /** 1 speech, 0 not, null BORDER (never trained on, never scored). */
  label: 1 | 0 | null;
  stage1: Features;
  stage2: Features;
}

/** Reads every corpus page once and extracts both stages' features. */
export async function extractCorpusFeatures(): Promise<PageFeatures[]> {
  const index = JSON.parse(readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8')) as { file: string; src: string }[];
  const sources = new Map(index.map((item) => [item.file, item.src]));
  const out: PageFeatures[] = [];
  for (const page of loadCorpusPages()) {
    const loaded = await loadHtmlFile(page.htmlPath, { encoding: page.encoding, url: page.url });
    try {
      out.push({
        key: page.key,
        src: sources.get(page.key) ?? page.key.split('/')[0]!,
        label: page.isSpeech === null ? null : page.isSpeech ? 1 : 0,
        stage1: stage1Features(readPageSignals(loaded.document, page.url)),
        stage2: stage2Features(readPageText(loaded.document)),
      });
    } finally {
      await loaded.close();
    }
  }
  return out;
}

/**
 * Pages of one source share a fold, so a fold's pages come from sites the model was not
 * trained on. A source holding more than a fifth of the corpus is dealt over the folds
 * by file name. Other sources go, largest first, to the fold with the fewest pages.
 */
export function assignFolds(pages: { key: string; src: string }[], folds = FOLDS): Map<string, number> {
  const bySource = new Map<string, string[]>();
  for (const p of pages) bySource.set(p.src, [...(bySource.get(p.src) ?? []), p.key]);
  const fold = new Map<string, number>();
  const sizes = new Array<number>(folds).fill(0);
  const big = [...bySource].filter(([, keys]) => keys.length > pages.length / folds).sort(([a], [b]) => a.localeCompare(b));
  for (const [, keys] of big) {
    [...keys].sort().forEach((key, i) => {
      fold.set(key, i % folds);
      sizes[i % folds]!++;
    });
  }
  const rest = [...bySource].filter(([, keys]) => keys.length <= pages.length / folds).sort(([a, ka], [b, kb]) => kb.length - ka.length || a.localeCompare(b));
  for (const [, keys] of rest) {
    const target = sizes.indexOf(Math.min(...sizes));
    for (const key of keys) fold.set(key, target);
    sizes[target]! += keys.length;
  }
  return fold;
}

function vector(features: Features, names: readonly string[]): number[] {
  return names.map((name) => features[name]?.value ?? 0);
}

function named(raw: { bias: number; weights: number[] }, names: readonly string[]): LinearModel {
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    weights[name] = round4(raw.weights[j]!);
  });
  return { bias: round4(raw.bias), weights };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4 || 0;

export function trainModel(pages: PageFeatures[], fit: FitOptions = DEFAULT_FIT): DetectorModel {
  const labelled = pages.filter((p): p is PageFeatures & { label: 0 | 1 } => p.label !== null);
  const y = labelled.map((p) => p.label);
  const stage1 = fitLogistic(labelled.map((p) => vector(p.stage1, STAGE1_FEATURES)), y, fit);
  const stage2 = fitLogistic(labelled.map((p) => vector({ ...p.stage1, ...p.stage2 }, STAGE2_NAMES)), y, fit);
  return { band: BAND, stage1: named(stage1, STAGE1_FEATURES), stage2: named(stage2, STAGE2_NAMES) };
}

export interface Verdict {
  key: string;
  src: string;
  label: 1 | 0;
  isSpeech: boolean;
  confidence: number;
  stage: 1 | 2;
  signals: DetectionSignal[];
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** Share of scored pages settled by stage 1. */
  stage1Share: number;
  misses: Verdict[];
}

export function judge(model: DetectorModel, page: PageFeatures & { label: 0 | 1 }): Verdict {
  const d = decideSpeech(model, page.stage1, () => page.stage2);
  return { key: page.key, src: page.src, label: page.label, isSpeech: d.isSpeech, confidence: d.confidence, stage: d.stage, signals: d.signals };
}

export function score(verdicts: Verdict[]): Scores {
  const count = (label: number, said: boolean) => verdicts.filter((v) => v.label === label && v.isSpeech === said).length;
  const tp = count(1, true);
  const fp = count(0, true);
  const fn = count(1, false);
  const tn = count(0, false);
  return {
    tp, fp, fn, tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    stage1Share: verdicts.length === 0 ? 0 : verdicts.filter((v) => v.stage === 1).length / verdicts.length,
    misses: verdicts.filter((v) => (v.label === 1) !== v.isSpeech),
  };
}

const scored = (pages: PageFeatures[]) => pages.filter((p): p is PageFeatures & { label: 0 | 1 } => p.label !== null);

/** Train on four folds, judge the fifth, add up over the five. */
export function crossValidate(pages: PageFeatures[], fit: FitOptions = DEFAULT_FIT): Scores & { foldOf: Map<string, number> } {
  const foldOf = assignFolds(pages);
  const verdicts: Verdict[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = trainModel(pages.filter((p) => foldOf.get(p.key) !== k), fit);
    for (const page of scored(pages.filter((p) => foldOf.get(p.key) === k))) verdicts.push(judge(model, page));
  }
  return { ...score(verdicts), foldOf };
}

/**
 * A harsher view, printed by the trainer only: each source held out whole in turn, so even
 * the source that holds a third of the corpus is judged by a model that never saw it.
 */
export function leaveOneSourceOut(pages: PageFeatures[], fit: FitOptions = DEFAULT_FIT): Scores {
  const verdicts: Verdict[] = [];
  for (const source of new Set(pages.map((p) => p.src))) {
    const model = trainModel(pages.filter((p) => p.src !== source), fit);
    for (const page of scored(pages.filter((p) => p.src === source))) verdicts.push(judge(model, page));
  }
  return score(verdicts);
}

export function trainingScores(model: DetectorModel, pages: PageFeatures[]): Scores {
  return score(scored(pages).map((page) => judge(model, page)));
}

export function formatMiss(v: Verdict): string {
  const why = v.signals.slice(0, 4).map((s) => `${s.name} ${s.weight > 0 ? '+' : ''}${s.weight}${s.evidence ? ` «${s.evidence}»` : ''}`).join('; ');
  return `  ${v.label ? 'missed speech' : 'false speech '}  ${v.key}  p=${v.confidence.toFixed(2)} stage ${v.stage}  ${why}`;
}

export function formatScores(name: string, s: Scores): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${name}: precision ${pct(s.precision)} recall ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn}); stage 1 settled ${pct(s.stage1Share)}`;
}
