// The learned detector: two linear models over named features (detect-features.ts) and
// the band of stage-1 confidence in which stage 2 is consulted. The numbers live in
// detector-model.json, written by `npm run train:detector`; never edit them by hand.

import type { DetectionSignal } from './types';
import type { Features } from './detect-features';
import { band, stage1, stage2 } from './detector-model.json';

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

export interface DetectorModel {
  /** Stage-1 confidence below `low` is "not a speech", above `high` "a speech"; between, stage 2 decides. */
  band: { low: number; high: number };
  stage1: LinearModel;
  /** Over stage-1 and stage-2 features together. */
  stage2: LinearModel;
}

export const DETECTOR_MODEL: DetectorModel = { band, stage1, stage2 };

/** What stage 1 needs, alone, so the every-page script does not carry stage 2's weights. */
export type Stage1Model = Pick<DetectorModel, 'band' | 'stage1'>;
export const STAGE1_MODEL: Stage1Model = { band, stage1 };

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's score and each non-zero feature's contribution to it. */
export function linearScore(model: LinearModel, features: Features): { score: number; signals: DetectionSignal[] } {
  let score = model.bias;
  const signals: DetectionSignal[] = [];
  for (const name in features) {
    const feature = features[name]!;
    const weight = model.weights[name] ?? 0;
    if (feature.value === 0 || weight === 0) continue;
    const contribution = weight * feature.value;
    score += contribution;
    signals.push(feature.evidence === undefined ? { name, weight: round(contribution) } : { name, weight: round(contribution), evidence: feature.evidence });
  }
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { score, signals };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
