// Formats the per-page table and the totals of a corpus run.
import type { PageResult } from './run-corpus';
import { metrics, type Totals } from './scoring';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatPage(result: PageResult): string {
  const { page, score } = result;
  const expected = page.isSpeech === null ? 'BORDER' : page.isSpeech ? 'speech' : 'not';
  const ok = page.isSpeech === null || page.isSpeech === result.isSpeech ? 'ok ' : 'BAD';
  const head = `${ok} ${page.key}  expected=${expected} got=${result.isSpeech ? 'speech' : 'not'} (${result.confidence.toFixed(2)})`;
  if (!score) return head;
  const rows: string[] = [head];
  const width = 34;
  const expectedLines = page.outline.map((e) => `${'  '.repeat(e.level - 1)}${e.optional ? '?' : ''}${e.text}`);
  const gotLines = result.outline.map((g, i) => `${'  '.repeat(g.level - 1)}${g.text.slice(0, 24)} [${score.verdicts[i] ?? ''}]`);
  const n = Math.max(expectedLines.length, gotLines.length);
  for (let i = 0; i < n; i++) rows.push(`    ${(expectedLines[i] ?? '').padEnd(width)} | ${gotLines[i] ?? ''}`);
  rows.push(`    required ${score.requiredFound}/${score.requiredTotal}, false ${score.falseHeadings}, levels ok ${score.levelCorrect}`);
  return rows.join('\n');
}

export function formatTotals(totals: Totals): string {
  const m = metrics(totals);
  return [
    `detection: precision ${pct(m.detectionPrecision)} recall ${pct(m.detectionRecall)} (tp ${totals.tp}, fp ${totals.fp}, fn ${totals.fn}, tn ${totals.tn})`,
    `headings: precision ${pct(m.headingPrecision)} recall ${pct(m.headingRecall)} F1 ${pct(m.headingF1)} (required ${totals.requiredFound}/${totals.requiredTotal}, false ${totals.falseHeadings})`,
    `levels: accuracy ${pct(m.levelAccuracy)} (${totals.levelCorrect}/${totals.requiredFound})`,
  ].join('\n');
}
