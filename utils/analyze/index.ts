// Public API of the page-analysis core. Pure: Document/Element in, data out; never mutates
// the page and touches no globals.

import type { Analysis } from './types';
import { collectLines, collectLinesSliced, type Line, type SliceOptions } from './blocks';
import { detectWithPageText } from './detect';
import { capLines, pageTextFromLines } from './page-text';
import { findRootIn } from './root';
import { outlineFromLines } from './outline';
import { syllabusFromLines } from './syllabus';
import { truncationFromLines } from './truncation';
import { pickTitle } from './title';
import { textUnits } from './text';
import { speakerTurnsFromLines } from './speakers';

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
  return analyzeLines(doc, url, top, collectLines(top), options);
}

/**
 * The same analysis, with the walk over the page (most of the work on a big page)
 * done in slices with pauses between them: no single long task on 100,000-node pages.
 */
export async function analyzePageSliced(
  doc: Document,
  url: string,
  options: AnalyzeOptions & Pick<SliceOptions, 'sliceMs' | 'pause'> = {},
): Promise<Analysis | null> {
  const top = doc.body ?? doc.documentElement;
  const lines = await collectLinesSliced(top, options);
  return analyzeLines(doc, url, top, lines, options);
}

function analyzeLines(doc: Document, url: string, top: Element, allLines: Line[], options: AnalyzeOptions): Analysis | null {
  // One walk serves both: the detector sees the same capped prefix detectSpeech reads.
  const detection = detectWithPageText(doc, url, pageTextFromLines(doc, top, capLines(allLines)));
  if (!detection.isSpeech && !options.force) return null;
  const root = findRootIn(top, allLines);
  const { lines: rootLines, start } = linesWithin(allLines, root, top);
  const outline = outlineFromLines(rootLines);
  return {
    detection,
    title: pickTitle(doc, allLines, start),
    root,
    outline,
    syllabus: syllabusFromLines(allLines, outline),
    truncation: truncationFromLines(doc, root, rootLines),
    textLength: rootLines.reduce((sum, line) => sum + textUnits(line.text), 0),
    speakers: speakerTurnsFromLines(rootLines),
  };
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
