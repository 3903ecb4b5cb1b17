// Lists the labelled corpus pages and loads them the way EXPECTED.md prescribes.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');

export interface ExpectedItem {
  level: number;
  text: string;
  optional: boolean;
}

export interface CorpusPage {
  /** The key in expected.json, e.g. "shaoxingyizhong/item-13096.html". */
  key: string;
  /** The HTML file to analyse: for GOV.UK content items the rendered `.page.html` (what a browser sees). */
  htmlPath: string;
  encoding: string;
  /**
   * A fixed URL for the page: the real one when the fixture records it, else one on a neutral
   * host named after the file the page was in its source repository. Never our own file
   * name, which was chosen knowing the label ("zhici-…", "…-weekly-address-…"), nor the
   * source's folders ("speeches-html/"): the detector reads words in the URL path.
   */
  url: string;
  isSpeech: boolean | null;
  title: string | null;
  outline: ExpectedItem[];
}

interface ExpectedEntry {
  isSpeech: boolean | null;
  title: string | null;
  outline: ExpectedItem[];
}

/** Only this file is stored as GBK bytes; every other page is read as UTF-8 whatever its meta says. */
const GBK_FILES = new Set(['trafilatura/archive-he-xinhuanet-drama.html']);

function recordedUrl(key: string): string | null {
  if (key.startsWith('govuk-publishing-api/') && key.endsWith('.json')) {
    const item = JSON.parse(readFileSync(join(CORPUS_DIR, key), 'utf8')) as { base_path?: string };
    return item.base_path ? `https://www.gov.uk${item.base_path}` : null;
  }
  const groundTruth = join(CORPUS_DIR, key.replace(/\.html$/, '.ground-truth.json'));
  if (existsSync(groundTruth)) {
    const truth = JSON.parse(readFileSync(groundTruth, 'utf8')) as { url?: string };
    return truth.url ?? null;
  }
  return null;
}

/** The name each page's file had in the repository it was saved from (index.json's `path`), by fixture file. */
function sourceFileNames(): Map<string, string> {
  const index = JSON.parse(readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8')) as { file: string; path: string }[];
  return new Map(index.map((entry) => [entry.file, entry.path.slice(entry.path.lastIndexOf('/') + 1)]));
}

function sourceFileName(names: Map<string, string>, key: string): string {
  const name = names.get(key);
  if (!name) throw new Error(`${key} is labelled in expected.json but missing from index.json`);
  return name;
}

export function loadCorpusPages(): CorpusPage[] {
  const sourceNames = sourceFileNames();
  const expected = JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8')) as Record<string, ExpectedEntry>;
  return Object.entries(expected).map(([key, entry]) => ({
    key,
    htmlPath: join(CORPUS_DIR, key.endsWith('.json') ? key.replace(/\.json$/, '.page.html') : key),
    encoding: GBK_FILES.has(key) ? 'gbk' : 'utf-8',
    url: recordedUrl(key) ?? `https://corpus.invalid/${sourceFileName(sourceNames, key)}`,
    isSpeech: entry.isSpeech,
    title: entry.title,
    outline: entry.outline,
  }));
}
