import { describe, expect, it } from 'vitest';
import { detectFromPageText } from '../../utils/analyze/detect';
import { mayBeSpeech } from '../../utils/analyze/gate';
import { readPageText } from '../../utils/analyze/page-text';
import { loadHtmlFile } from '../../scripts/lib/load-html';
import { loadCorpusPages } from './corpus-pages';

describe('the every-page gate in front of the detector', () => {
  it('never turns away a page the full detector accepts (and reports how many it stops)', async () => {
    let gated = 0;
    let nonSpeech = 0;
    const missed: string[] = [];
    for (const entry of loadCorpusPages()) {
      const page = await loadHtmlFile(entry.htmlPath, { encoding: entry.encoding, url: entry.url });
      try {
        const full = detectFromPageText(readPageText(page.document), entry.url);
        const passes = mayBeSpeech(page.document, entry.url);
        if (full.isSpeech && !passes) missed.push(entry.key);
        if (entry.isSpeech === false) {
          nonSpeech++;
          if (!passes) gated++;
        }
      } finally {
        await page.close();
      }
    }
    console.log(`gate: ${gated} of ${nonSpeech} non-speech pages stopped before the DOM walk`);
    expect(missed).toEqual([]);
  });
});
