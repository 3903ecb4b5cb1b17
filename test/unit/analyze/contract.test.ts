// Analysing a page must leave its DOM byte-for-byte unchanged.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzePage, detectSpeech, detectTruncation, extractOutline, findSpeechRoot, parseSyllabus } from '../../../utils/analyze';
import { loadHtmlFile } from '../../../scripts/lib/load-html';

const FIXTURES = join(__dirname, '../../fixtures');
const PAGES = [
  'corpus/shaoxingyizhong/item-13096.html',
  'corpus/shaoxingyizhong/item-13102.html',
  'corpus/whitehouse-speech-dl/remarks-president-trump-conservative-political-action-conference.html',
  'corpus/trafilatura/bundespraesident-rau-foederalismuskonvent-2003.html',
  'corpus/govuk-publishing-api/speech--speech.body.html',
  'corpus/shaoxingyizhong/item-19688.html',
  'demo/wentop-speech.html',
];

describe('the analyser never mutates the page', () => {
  it.each(PAGES)('%s', async (file) => {
    const page = await loadHtmlFile(join(FIXTURES, file), { url: 'https://example.org/page' });
    try {
      const doc = page.document;
      const before = doc.documentElement.outerHTML;
      detectSpeech(doc, 'https://example.org/page');
      const analysis = analyzePage(doc, 'https://example.org/page', { force: true });
      const root = findSpeechRoot(doc);
      parseSyllabus(doc, extractOutline(root));
      detectTruncation(doc, root);
      expect(analysis).not.toBeNull();
      expect(analysis?.root).toBe(root);
      expect(doc.documentElement.outerHTML).toBe(before);
    } finally {
      await page.close();
    }
  });
});
