// Runs the analyser over every corpus page and scores it (shared by corpus.test.ts).
import { analyzePage, detectSpeech } from '../../utils/analyze';
import { loadHtmlFile } from '../../scripts/lib/load-html';
import { loadCorpusPages, type CorpusPage } from './corpus-pages';
import { emptyTotals, scoreOutline, type OutlineScore, type Totals } from './scoring';

export interface PageResult {
  page: CorpusPage;
  isSpeech: boolean;
  confidence: number;
  title: string | null;
  outline: { level: number; text: string; kind: string }[];
  score: OutlineScore | null;
}

export async function runCorpus(filter?: (page: CorpusPage) => boolean): Promise<{ results: PageResult[]; totals: Totals }> {
  const totals = emptyTotals();
  const results: PageResult[] = [];
  for (const page of loadCorpusPages()) {
    if (filter && !filter(page)) continue;
    const loaded = await loadHtmlFile(page.htmlPath, { encoding: page.encoding, url: page.url });
    try {
      const detection = detectSpeech(loaded.document, page.url);
      const analysis = page.isSpeech === true ? analyzePage(loaded.document, page.url, { force: true }) : null;
      const outline = analysis ? analysis.outline.map(({ level, text, kind }) => ({ level, text, kind })) : [];
      if (page.isSpeech === true) detection.isSpeech ? totals.tp++ : totals.fn++;
      if (page.isSpeech === false) detection.isSpeech ? totals.fp++ : totals.tn++;
      let score: OutlineScore | null = null;
      if (page.isSpeech === true) {
        score = scoreOutline(page.outline, outline);
        totals.requiredTotal += score.requiredTotal;
        totals.requiredFound += score.requiredFound;
        totals.falseHeadings += score.falseHeadings;
        totals.levelCorrect += score.levelCorrect;
      }
      results.push({ page, isSpeech: detection.isSpeech, confidence: detection.confidence, title: analysis?.title ?? null, outline, score });
    } finally {
      await loaded.close();
    }
  }
  return { results, totals };
}
