// The fixture pages the bench runs on, from the hand labels in expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../test/fixtures');

interface Label {
  isSpeech: boolean | null;
}

const labels = JSON.parse(readFileSync(join(FIXTURES, 'corpus/expected.json'), 'utf8')) as Record<string, Label>;

/** Whole HTML pages (GOV.UK items are fragments and are left out). */
const wholePages = Object.keys(labels).filter((file) => file.endsWith('.html') && !file.startsWith('govuk'));

export const speechPages = ['demo/wentop-speech.html', ...wholePages.filter((file) => labels[file]!.isSpeech === true).map((f) => `corpus/${f}`)];
export const nonSpeechPages = wholePages
  .filter((file) => labels[file]!.isSpeech === false && file !== 'trafilatura/archive-he-xinhuanet-drama.html')
  .map((f) => `corpus/${f}`);
