// `npm run train:detector`: learns the detector's weights from the labelled corpus,
// writes utils/analyze/detector-model.json, and prints the cross-validated figures
// (pages from sources the model was not trained on) beside the training-set ones.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/browser';
import { crossValidate, extractCorpusFeatures, formatMiss, formatScores, leaveOneSourceOut, trainModel, trainingScores } from './detector/training';

export const MODEL_PATH = join(ROOT, 'utils/analyze/detector-model.json');

const pages = await extractCorpusFeatures();
const cv = crossValidate(pages);
const model = trainModel(pages);
const training = trainingScores(model, pages);
writeFileSync(MODEL_PATH, `${JSON.stringify(model, null, 2)}\n`);

console.log(`${pages.length} pages (${pages.filter((p) => p.label === null).length} BORDER, unscored)`);
console.log(formatScores('cross-validated (grouped 5-fold by source)', cv));
console.log(formatScores('training set (the pages it was fitted on)  ', training));
if (cv.misses.length) console.log(`cross-validated misses:\n${cv.misses.map(formatMiss).join('\n')}`);
const loso = leaveOneSourceOut(pages);
console.log(formatScores('harsher: each source held out whole       ', loso));
if (loso.misses.length) console.log(`  its misses: ${loso.misses.map((m) => `${m.key} (p ${m.confidence.toFixed(2)})`).join(', ')}`);
const strongest = (weights: Record<string, number>) =>
  Object.entries(weights).sort(([, a], [, b]) => Math.abs(b) - Math.abs(a)).map(([n, w]) => `${n} ${w > 0 ? '+' : ''}${w}`).join(', ');
console.log(`stage 1 weights (bias ${model.stage1.bias}): ${strongest(model.stage1.weights)}`);
console.log(`stage 2 weights (bias ${model.stage2.bias}): ${strongest(model.stage2.weights)}`);
console.log(`wrote ${MODEL_PATH}`);
