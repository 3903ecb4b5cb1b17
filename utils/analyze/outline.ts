// Builds the speech outline from the body lines: numbered headings with levels from their
// numbering families, tag/bold section titles, and paragraph-initial enumerations.

import type { OutlineItem } from './types';
import { collectLines, type Line } from './blocks';
import { classifyLine, type Candidate } from './candidates';
import { placeStructural, type PlacedItem } from './levels';
import { placeEnumerations } from './enumerations';
import { findSyllabusLines } from './syllabus';
import { isCutMarkerLine } from './truncation';
import { namesSpeechGenre } from './cues';
import { inChunks, runSteps } from './steps';

// Body text that must follow a section title: real h1–h6 tags are trusted more than bold.
const MIN_BODY_AFTER_TAG = 15;
const MIN_BODY_AFTER_BOLD = 40;
const TITLE_ZONE_LINES = 6;

export function extractOutline(root: Element): OutlineItem[] {
  return outlineFromLines(collectLines(root));
}

export function outlineFromLines(lines: Line[]): OutlineItem[] {
  return runSteps(outlineSteps(lines));
}

/** outlineFromLines in steps (see steps.ts): classifying the lines is most of it. */
export function* outlineSteps(lines: Line[]): Generator<void, OutlineItem[]> {
  const skipped = findSyllabusLines(lines);
  const candidates: Candidate[] = [];
  yield* inChunks(lines.length, (from, to) => {
    for (let index = from; index < to; index++) {
      if (skipped !== null && index >= skipped.start && index <= skipped.end) continue;
      const candidate = classifyLine(lines[index] as Line, index);
      if (candidate) candidates.push(candidate);
    }
  });
  yield;
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  // Where most of the text is bold (or set in a heading face), emphasis marks nothing.
  const boldMeansNothing = lines.filter((line) => line.bold).length * 2 > lines.length;
  const structural = candidates.filter(
    (c): c is Extract<Candidate, { kind: 'numbered' | 'heading' }> =>
      c.kind === 'numbered' ||
      (c.kind === 'heading' && !(boldMeansNothing && c.family === 'bold') && actsAsSectionTitle(c, lines, byIndex)),
  );
  const cutLines = lines.flatMap((line, index) => (isCutMarkerLine(line.text) ? [index] : []));
  const isAfterCut = (from: number, to: number): boolean => cutLines.some((i) => i > from && i < to);
  const placedStructural = placeStructural(structural, isAfterCut);
  const enumerations = candidates.filter((c): c is Extract<Candidate, { kind: 'enumeration' }> => c.kind === 'enumeration');
  const placedEnumerations = placeEnumerations(enumerations, sectionFinder(placedStructural));
  return [...placedStructural, ...placedEnumerations]
    .sort((a, b) => a.candidate.index - b.candidate.index)
    .map(({ candidate, level }) => ({ level, text: candidate.text, kind: candidate.kind, node: candidate.line.node }));
}

/** For increasing line indexes (only), the last structural item at or before that line. */
function sectionFinder(placed: PlacedItem[]): (index: number) => PlacedItem | null {
  let next = 0;
  let found: PlacedItem | null = null;
  return (index) => {
    while (next < placed.length && (placed[next] as PlacedItem).candidate.index <= index) {
      found = placed[next] as PlacedItem;
      next++;
    }
    return found;
  };
}

/**
 * A tag/bold line is a section title when body text follows it directly and it is not the
 * speech's own title line at the top.
 */
function actsAsSectionTitle(candidate: Candidate, lines: Line[], byIndex: Map<number, Candidate>): boolean {
  const next = lines[candidate.index + 1];
  if (!next) return false;
  const nextCandidate = byIndex.get(candidate.index + 1);
  if (nextCandidate?.kind === 'heading') return false;
  const minBody = candidate.line.headingLevel > 0 ? MIN_BODY_AFTER_TAG : MIN_BODY_AFTER_BOLD;
  if (!nextCandidate && next.text.length < minBody) return false;
  if (candidate.index < TITLE_ZONE_LINES && namesSpeechGenre(candidate.text)) {
    // The speech's own title, unless the page carries several speeches, each introduced by a
    // line of the same kind (习近平同志的讲话 … 蔡奇同志的总结讲话): then it opens the first.
    const family = candidate.kind === 'heading' ? candidate.family : '';
    const another = [...byIndex.values()].some(
      (c) => c.kind === 'heading' && c.family === family && c.index >= TITLE_ZONE_LINES && namesSpeechGenre(c.text),
    );
    if (!another) return false;
  }
  return true;
}
