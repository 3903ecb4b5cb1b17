// The 提纲 block that document-library pages put above a speech ("【提纲】一、…。(一)…。"),
// split into a tree and reconciled with the body outline: items the body never reaches
// (cut away by a preview) come back with inBody: false.

import type { OutlineItem, SyllabusItem } from './types';
import { collectLines, type Line } from './blocks';
import { parseMarker, type Marker } from './numbering';
import { foldPunctuation } from './text';

const SYLLABUS_LABEL = /^[【\[〔]?\s*(讲话|发言)?提纲\s*[】\]〕]?\s*[：:]?\s*/;
const MARKER_IN_RUN = /[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?![\d])|[（(]\d{1,2}[）)]|[\u2460-\u2473]/g;
const MAX_ITEM_LINE = 80;
const MIN_SIMILARITY = 0.6;

export interface SyllabusLines {
  start: number;
  end: number;
  /** The block's text without its 提纲 label, items concatenated. */
  text: string;
}

/** Locates the 提纲 block among the lines: one paragraph, or a label line plus short item lines. */
export function findSyllabusLines(lines: Line[]): SyllabusLines | null {
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (!text.includes('提纲')) continue;
    const label = SYLLABUS_LABEL.exec(text);
    if (!label || label[0].trim() === '' || !/提纲/.test(label[0])) continue;
    const rest = text.slice(label[0].length);
    if (rest !== '') {
      if (parseMarker(rest)) return { start: i, end: i, text: rest };
      continue;
    }
    let end = i;
    const parts: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const itemText = (lines[j] as Line).text;
      if (itemText.length > MAX_ITEM_LINE || !parseMarker(itemText)) break;
      parts.push(itemText);
      end = j;
    }
    if (end > i) return { start: i, end, text: parts.join('\n') };
  }
  return null;
}

interface ParsedEntry {
  marker: Marker;
  level: number;
  text: string;
}

/** Splits "一、…。(一)…。(二)…。二、…" at markers that open the text or follow a sentence end. */
export function splitSyllabusText(text: string): ParsedEntry[] {
  const starts: number[] = [];
  MARKER_IN_RUN.lastIndex = 0;
  for (let m = MARKER_IN_RUN.exec(text); m !== null; m = MARKER_IN_RUN.exec(text)) {
    const before = text.charAt(m.index - 1);
    if (m.index === 0 || /[。！？；;.!?\s]/.test(before)) starts.push(m.index);
  }
  const familyLevels = new Map<string, number>();
  const entries: ParsedEntry[] = [];
  starts.forEach((start, k) => {
    const piece = text.slice(start, starts[k + 1] ?? text.length).trim().replace(/[。；;.]+$/, '');
    const marker = parseMarker(piece);
    if (!marker) return;
    if (!familyLevels.has(marker.family)) familyLevels.set(marker.family, familyLevels.size + 1);
    entries.push({ marker, level: familyLevels.get(marker.family) ?? 1, text: piece });
  });
  return entries;
}

export function parseSyllabus(root: Element | Document, outline: OutlineItem[] = []): SyllabusItem[] | null {
  const element = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  return syllabusFromLines(collectLines(element), outline);
}

export function syllabusFromLines(lines: Line[], outline: OutlineItem[]): SyllabusItem[] | null {
  const block = findSyllabusLines(lines);
  if (!block) return null;
  const entries = splitSyllabusText(block.text);
  if (entries.length < 2) return null;
  return reconcile(entries, outline);
}

/** Marks each 提纲 entry inBody when the outline has the same marker, parent and similar text. */
export function reconcile(entries: ParsedEntry[], outline: OutlineItem[]): SyllabusItem[] {
  const outlineMarkers = outline.map((item) => parseMarker(item.text));
  const outlineParents = parentIndexes(outline);
  const matchedAtLevel: (number | undefined)[] = [];
  return entries.map((entry) => {
    const parentMatch = entry.level > 1 ? matchedAtLevel[entry.level - 1] : undefined;
    const index = outline.findIndex((item, i) => {
      const marker = outlineMarkers[i];
      if (!marker || marker.family !== entry.marker.family || marker.ordinal !== entry.marker.ordinal) return false;
      if (parentMatch !== undefined && outlineParents[i] !== parentMatch) return false;
      return similarity(entry.text, entry.marker, item.text, marker) >= MIN_SIMILARITY;
    });
    matchedAtLevel[entry.level] = index >= 0 ? index : undefined;
    matchedAtLevel.length = entry.level + 1;
    const item: SyllabusItem = { level: entry.level, text: entry.text, inBody: index >= 0 };
    if (index >= 0) item.outlineIndex = index;
    return item;
  });
}

function parentIndexes(outline: OutlineItem[]): (number | undefined)[] {
  const stack: number[] = [];
  return outline.map((item, i) => {
    while (stack.length > 0 && (outline[stack[stack.length - 1] as number] as OutlineItem).level >= item.level) stack.pop();
    const parent = stack[stack.length - 1];
    stack.push(i);
    return parent;
  });
}

function similarity(a: string, aMarker: Marker, b: string, bMarker: Marker): number {
  const x = foldPunctuation(a.slice(aMarker.markerText.length));
  const y = foldPunctuation(b.slice(bMarker.markerText.length));
  if (x === '' || y === '') return x === y ? 1 : 0;
  if (x.startsWith(y) || y.startsWith(x)) return 1;
  return dice(x, y);
}

function dice(x: string, y: string): number {
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) grams.set(x.slice(i, i + 2), (grams.get(x.slice(i, i + 2)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / Math.max(1, x.length - 1 + y.length - 1);
}
