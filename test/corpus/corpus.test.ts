// Scores the analyser's outline on every labelled corpus page (rules: test/fixtures/corpus/EXPECTED.md).
// Detection is judged separately, by grouped cross-validation (detection.test.ts).
import { describe, expect, it } from 'vitest';
import { runCorpus } from './run-corpus';
import { formatPage, formatTotals } from './report';
import { metrics } from './scoring';

describe('corpus', () => {
  it('meets the outline thresholds on all labelled speeches', async () => {
    const { results, totals } = await runCorpus();
    expect(results).toHaveLength(153);
    console.log(results.map(formatPage).join('\n'));
    console.log(formatTotals(totals));
    const m = metrics(totals);
    expect(m.headingF1).toBeGreaterThanOrEqual(0.95);
    expect(m.levelAccuracy).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
