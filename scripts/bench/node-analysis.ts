// Analysis in Node (happy-dom), and Mozilla Readability's parse() on a clone of the
// same document, as reader modes run it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../utils/analyze';
import { parseHtml } from '../lib/load-html';
import { FIXTURES } from './pages';
import { median, p95 } from './stats';
import { syntheticSpeech } from './synthetic';

function time(fn: () => void, repeat: number): number {
  fn(); // warm up
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

export async function benchNode(pages: readonly string[]) {
  const analyze: number[] = [];
  const readability: number[] = [];
  const ratios: number[] = [];
  for (const path of pages) {
    const page = parseHtml(readFileSync(join(FIXTURES, path), 'utf8'), `https://bench.invalid/${path}`);
    const doc = page.document;
    const ours = time(() => analyzePage(doc, `https://bench.invalid/${path}`, { force: true }), 7);
    const theirs = time(() => new Readability(doc.cloneNode(true) as Document).parse(), 5);
    analyze.push(ours);
    readability.push(theirs);
    ratios.push(ours / theirs);
    await page.close();
  }
  return {
    analyzeMsMedian: median(analyze),
    analyzeMsP95: p95(analyze),
    readabilityMsMedian: median(readability),
    ratioMedian: median(ratios),
  };
}

export async function benchScaling(sizes: readonly number[]) {
  const results: Array<{ chars: number; analyzeMs: number; outlineItems: number }> = [];
  for (const chars of sizes) {
    const page = parseHtml(syntheticSpeech(chars), 'https://bench.invalid/synthetic');
    const doc = page.document;
    let items = 0;
    const ms = time(() => {
      items = analyzePage(doc, 'https://bench.invalid/synthetic', { force: true })?.outline.length ?? 0;
    }, chars >= 1_000_000 ? 3 : 7);
    results.push({ chars: doc.body.textContent?.length ?? chars, analyzeMs: ms, outlineItems: items });
    await page.close();
  }
  return results;
}
