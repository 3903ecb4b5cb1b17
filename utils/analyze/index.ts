// Public API of the page-analysis core. Pure: Document/Element in, data out; never mutates
// the page and touches no globals.

import type { Analysis, Detection } from './types';
import { collectLines, collectLinesSliced, type Line, type SliceOptions } from './blocks';
import { detectWithPageText } from './detect';
import { capLines, languageSteps, pageTextFromLines, type PageText } from './page-text';
import { findRootSteps } from './root';
import { outlineSteps } from './outline';
import { syllabusFromLines } from './syllabus';
import { truncationFromLines } from './truncation';
import { pickTitle } from './title';
import { textUnits } from './text';
import { speakerTurnsFromLines } from './speakers';
import { runSteps } from './steps';

export type * from './types';
export { detectSpeech } from './detect';
export { findSpeechRoot } from './root';
export { extractOutline } from './outline';
export { parseSyllabus } from './syllabus';
export { detectTruncation } from './truncation';
export { extractSpeakerTurns, speakerLabel } from './speakers';
export { parseMarker, chineseToNumber, circledToNumber, romanToNumber, type Marker, type HeadingFamily } from './numbering';
export { parseEnumerator, type Enumerator } from './enumerators';

export interface AnalyzeOptions {
  /** Analyse even when the detector says the page is not a speech. */
  force?: boolean;
}

export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): Analysis | null {
  const top = doc.body ?? doc.documentElement;
  const lines = collectLines(top);
  // One walk serves both: the detector sees the same capped prefix detectSpeech reads.
  const judged = options.force ? null : detectWithPageText(doc, url, pageTextFromLines(doc, top, capLines(lines)));
  if (judged && !judged.isSpeech) return null;
  return runSteps(analysisSteps(doc, top, lines, judged));
}

/**
 * The reader's analysis, forced (the detector scripts, "always on this site" or the reader's
 * own "show anyway" have decided), in slices with pauses between them: the walk over the
 * page (most of the work on a big page) pauses every `sliceMs`, and the stages after it
 * pause between them once the current slice has run half that long, so a 100,000-node page
 * never holds the page's main thread in one long task. It never runs the detector, so the
 * reader's bundle carries none of it.
 */
export async function analyzePageSliced(doc: Document, options: Pick<SliceOptions, 'sliceMs' | 'pause' | 'now'> = {}): Promise<Analysis> {
  const { sliceMs = 30, pause: yieldTurn = () => new Promise<void>((done) => setTimeout(done, 0)), now = () => performance.now() } = options;
  let sliceStart = now();
  const pause = async () => {
    await yieldTurn();
    sliceStart = now();
  };
  const top = doc.body ?? doc.documentElement;
  const lines = await collectLinesSliced(top, { sliceMs, pause, now });
  const steps = analysisSteps(doc, top, lines, null);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs / 2) await pause();
  }
}

/**
 * The stages after the walk, on a page judged a speech (`judged`) or analysed by force
 * (null: only its language is needed); each `yield` is a point where a sliced run may pause.
 */
function* analysisSteps(doc: Document, top: Element, allLines: Line[], judged: Detection | null): Generator<void, Analysis> {
  yield;
  const root = yield* findRootSteps(top, allLines);
  // A pause point after every stage: on a 100,000-node page each stage alone is long, and
  // a pause is taken only where the slice has already run half its time.
  yield;
  const { lines: rootLines, start } = linesWithin(allLines, root, top);
  yield;
  // A forced run counts the root's characters and words once, for its language and its length.
  const counted = judged ? null : yield* languageSteps(doc, rootLines);
  const detection = judged ?? forcedDetection(counted!);
  yield;
  const outline = yield* outlineSteps(rootLines);
  yield;
  const title = pickTitle(doc, allLines, start);
  yield;
  const syllabus = syllabusFromLines(allLines, outline);
  yield;
  const truncation = truncationFromLines(doc, root, rootLines);
  yield;
  const textLength = counted ? counted.cjkChars + counted.words : rootLines.reduce((sum, line) => sum + textUnits(line.text), 0);
  yield;
  const speakers = speakerTurnsFromLines(rootLines);
  return { detection, title, root, outline, syllabus, truncation, textLength, speakers };
}

function forcedDetection({ lang }: Pick<PageText, 'lang'>): Detection {
  return { isSpeech: true, confidence: 1, signals: [{ name: 'analysed-on-request', weight: 0 }], lang, stage: 1 };
}

/** The root's lines are one contiguous run of the page's lines (document order). */
function linesWithin(lines: Line[], root: Element, top: Element): { lines: Line[]; start: number } {
  if (root === top) return { lines, start: 0 };
  const start = lines.findIndex((line) => root.contains(line.node));
  if (start < 0) return { lines: [], start: 0 };
  let end = start;
  while (end < lines.length && root.contains((lines[end] as Line).node)) end++;
  return { lines: lines.slice(start, end), start };
}
