// The fixture pages the bench runs on, from the hand labels in expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../test/fixtures');

interface Label {
  isSpeech: boolean | null;
}

const labels = JSON.parse(readFileSync(join(FIXTURES, 'corpus/expected.json'), 'utf8')) as Record<string, Label>;

/** Whole HTML pages: GOV.UK items as rendered around their body (.page.html). */
const wholePages = Object.keys(labels).map((file) => file.replace(/\.json$/, '.page.html'));
const labelOf = (file: string) => labels[file.replace(/\.page\.html$/, '.json')] ?? labels[file]!;

export const speechPages = ['demo/wentop-speech.html', ...wholePages.filter((file) => labelOf(file).isSpeech === true).map((f) => `corpus/${f}`)];
export const nonSpeechPages = wholePages
  .filter((file) => labelOf(file).isSpeech === false && file !== 'trafilatura/archive-he-xinhuanet-drama.html')
  .map((f) => `corpus/${f}`);
