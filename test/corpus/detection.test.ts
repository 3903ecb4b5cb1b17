// Detection, judged on pages the model was not trained on: grouped 5-fold cross-validation
// by source (scripts/detector/training.ts), and each source held out whole. Training-set figures are printed beside them,
// never instead, and every cross-validated miss is listed with its strongest signals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectSpeech } from '../../utils/analyze/detect';
import { detectStage1 } from '../../utils/analyze/detect-stage1';
import { UNSURE_NOTICE, UNSURE_SPEECH } from '../journeys/journeys';
import { DETECTOR_MODEL } from '../../utils/analyze/detector-model';
import { loadHtmlFile } from '../../scripts/lib/load-html';
import {
  assignFolds, crossValidate, extractCorpusFeatures, formatMiss, formatScores, leaveOneSourceOut, trainModel, trainingScores, type PageFeatures,
} from '../../scripts/detector/training';
import { loadCorpusPages } from './corpus-pages';

const ratchet = JSON.parse(readFileSync(join(import.meta.dirname, 'detection-ratchet.json'), 'utf8')) as { precision: number; recall: number };

let pages: PageFeatures[];
beforeAll(async () => {
  pages = await extractCorpusFeatures();
}, 120_000);

describe('detection on the labelled corpus', () => {
  it('keeps the pages of each source together in one fold; only a source over a fifth is spread', () => {
    const folds = assignFolds(pages);
    const foldsOf = new Map<string, Set<number>>();
    for (const p of pages) foldsOf.set(p.src, (foldsOf.get(p.src) ?? new Set()).add(folds.get(p.key)!));
    for (const [src, set] of foldsOf) {
      const size = pages.filter((p) => p.src === src).length;
      if (size > pages.length / 5) expect(set.size, src).toBe(5);
      else expect(set.size, src).toBe(1);
    }
    const sizes = [0, 1, 2, 3, 4].map((k) => pages.filter((p) => folds.get(p.key) === k).length);
    console.log(`fold sizes ${sizes.join(' / ')}`);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(10);
  });

  it('reaches its cross-validated ratchet (grouped 5-fold by source)', () => {
    const cv = crossValidate(pages);
    const training = trainingScores(DETECTOR_MODEL, pages);
    console.log(`${pages.length} pages, ${pages.filter((p) => p.label === null).length} BORDER unscored`);
    console.log(formatScores('cross-validated', cv));
    console.log(formatScores('training set   ', training));
    console.log(`ratchet: precision ${ratchet.precision}, recall ${ratchet.recall} (target 0.97 / 0.95)`);
    console.log(cv.misses.length ? `cross-validated misses:\n${cv.misses.map(formatMiss).join('\n')}` : 'no cross-validated misses');
    expect(cv.tp + cv.fp + cv.fn + cv.tn).toBe(pages.filter((p) => p.label !== null).length);
    expect(cv.precision).toBeGreaterThanOrEqual(ratchet.precision);
    expect(cv.recall).toBeGreaterThanOrEqual(ratchet.recall);
    if (cv.precision > ratchet.precision + 0.005 || cv.recall > ratchet.recall + 0.005) {
      console.log(`the ratchet can be raised to precision ${cv.precision.toFixed(3)}, recall ${cv.recall.toFixed(3)}`);
    }
  });

  // Printed, not held to the ratchet: holding out the school site takes a third of the corpus
  // and most of its notices out of training at once.
  it('prints the harsher view, each source held out whole, scoring every labelled page once', () => {
    const loso = leaveOneSourceOut(pages);
    console.log(formatScores('each source held out whole', loso));
    if (loso.misses.length) console.log(loso.misses.map(formatMiss).join('\n'));
    expect(loso.tp + loso.fp + loso.fn + loso.tn).toBe(pages.filter((p) => p.label !== null).length);
  });

  it('ships the weights a fresh `npm run train:detector` produces', () => {
    expect(trainModel(pages)).toEqual(DETECTOR_MODEL);
  });

  it('decides in the product exactly as in training (detectSpeech on each page)', async () => {
    const disagreements: string[] = [];
    const byKey = new Map(pages.map((p) => [p.key, p]));
    for (const page of loadCorpusPages()) {
      const loaded = await loadHtmlFile(page.htmlPath, { encoding: page.encoding, url: page.url });
      try {
        const live = detectSpeech(loaded.document, page.url);
        const trained = byKey.get(page.key)!;
        const offline = trainingScores(DETECTOR_MODEL, [{ ...trained, label: trained.label ?? 0 }]);
        const offlineSpeech = offline.tp + offline.fp === 1;
        if (live.isSpeech !== offlineSpeech) disagreements.push(page.key);
      } finally {
        await loaded.close();
      }
    }
    expect(disagreements).toEqual([]);
  }, 120_000);

  // The end-to-end rings need one speech and one notice that stage 1 leaves to stage 2; a
  // retrain can settle them in stage 1, and this says so here rather than in a browser.
  it.each([
    ['speech', UNSURE_SPEECH, true],
    ['notice', UNSURE_NOTICE, false],
  ])('leaves the end-to-end tests’ unsure %s to stage 2, which decides it', async (_kind, path, isSpeech) => {
    const url = `http://127.0.0.1/${path}`;
    const loaded = await loadHtmlFile(join(import.meta.dirname, '../fixtures', path), { url });
    try {
      const first = detectStage1(loaded.document, url);
      console.log(`${path}: stage 1 ${first.decided ? `decided (${first.decided.confidence.toFixed(2)})` : 'unsure'}`);
      expect(first.decided).toBeNull();
      expect(detectSpeech(loaded.document, url).isSpeech).toBe(isSpeech);
    } finally {
      await loaded.close();
    }
  });
});
