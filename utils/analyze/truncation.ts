// Recognises pages that deliver only part of the speech: inline cut markers
// ("此处省略1164字"), preview counters ("全文7830字,当前显示3491字"), read-more / download
// buttons right after the text, and JSON-LD isAccessibleForFree:false. Reports only.

import type { Truncation, TruncationCut } from './types';
import { collectLines, type Line } from './blocks';
import { LATIN_LETTER } from './cues';

export const CUT_MARKER = /(此处|以下)?省略\s*(\d+)\s*(个)?字/;
const PREVIEW_COUNTS = /全文\s*(\d+)\s*字.{0,12}?(当前|已)?显示\s*(\d+)\s*字/;
const TOTAL_ONLY = /(全文|全文共|共)\s*(\d+)\s*字/;
const ZH_READ_MORE = /^[\s>»▼↓…·.]*(点击)?(阅读全文|展开全文|查看全文|下载全文|继续阅读|展开阅读全文|阅读更多|下载此文档|免费下载|点击下载)/;
const EN_READ_MORE = /continue reading|subscribe to (read|continue)|sign in to (read|continue)|read the full (story|article|speech)|already a subscriber/i;
/** "阅读全文" / "Continue reading" and the like (the English part only where the line has a Latin letter: see startsLatin in cues.ts). */
const isReadMore = (text: string) => ZH_READ_MORE.test(text) || (LATIN_LETTER.test(text) && EN_READ_MORE.test(text));
const GATED_JSON_LD = /"isAccessibleForFree"\s*:\s*"?(false|False|FALSE)"?/;
const MAX_AFTER_TEXT = 30;
const TAIL_ELEMENTS = 80;

export function isCutMarkerLine(text: string): boolean {
  return text.length <= 120 && text.includes('省略') && CUT_MARKER.test(text);
}

export function detectTruncation(doc: Document, root: Element): Truncation | null {
  return truncationFromLines(doc, root, collectLines(root));
}

export function truncationFromLines(doc: Document, root: Element, lines: Line[]): Truncation | null {
  const result: Truncation = { shownChars: null, totalChars: null, cuts: [], gated: false, markerNodes: [] };
  scanLines(lines, result);
  scanTail(root, result);
  result.gated = isGated(doc);
  const found = result.cuts.length > 0 || result.totalChars !== null || result.gated || result.markerNodes.length > 0;
  return found ? result : null;
}

function addMarkerNode(result: Truncation, node: Element): void {
  if (!result.markerNodes.some((known) => known.contains(node))) result.markerNodes.push(node);
}

function scanLines(lines: Line[], result: Truncation): void {
  let previousText = '';
  for (const line of lines) {
    // Cheap substring tests first: the patterns run on every line of the speech.
    const cut = line.text.includes('省略') ? CUT_MARKER.exec(line.text) : null;
    if (cut && line.text.length <= 200) {
      const before = textBeforeMarker(line.text.slice(0, cut.index));
      result.cuts.push(cutEntry(before === '' ? previousText : before, Number(cut[2])));
      addMarkerNode(result, line.node);
    }
    const counts = line.text.includes('全文') ? PREVIEW_COUNTS.exec(line.text) : null;
    if (counts) {
      result.totalChars = Number(counts[1]);
      result.shownChars = Number(counts[3]);
      addMarkerNode(result, line.node);
    } else if (line.text.length <= 40 && /预览|试读|剩余|还剩/.test(line.text)) {
      const total = TOTAL_ONLY.exec(line.text);
      if (total) {
        result.totalChars = Number(total[2]);
        addMarkerNode(result, line.node);
      }
    }
    if (line.text.length <= 40 && isReadMore(line.text)) addMarkerNode(result, line.node);
    if (!cut) previousText = line.text;
  }
}

/** Drops the marker's own wrapper ("……(文鼎文库www…") from the text that precedes it. */
function textBeforeMarker(before: string): string {
  const ellipsis = before.indexOf('…');
  if (ellipsis >= 0) return before.slice(0, ellipsis).trim();
  const paren = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (paren >= 0 && !/[)）]/.test(before.slice(paren))) return before.slice(0, paren).trim();
  return before.trim();
}

function cutEntry(context: string, omitted: number): TruncationCut {
  const tail = context.length > MAX_AFTER_TEXT ? context.slice(context.length - MAX_AFTER_TEXT) : context;
  return { afterText: tail, omittedChars: Number.isFinite(omitted) ? omitted : null };
}

/** Read-more buttons and preview counters in the few elements that follow the root. */
function scanTail(root: Element, result: Truncation): void {
  let el = nextOutside(root);
  for (let seen = 0; el !== null && seen < TAIL_ELEMENTS; seen++, el = nextInDocument(el)) {
    if (el.childElementCount > 3) continue;
    const text = (el.textContent ?? '').trim();
    if (text === '' || text.length > 60) continue;
    if (isReadMore(text)) addMarkerNode(result, el);
    const counts = text.includes('全文') ? PREVIEW_COUNTS.exec(text) : null;
    if (counts && result.totalChars === null) {
      result.totalChars = Number(counts[1]);
      result.shownChars = Number(counts[3]);
      addMarkerNode(result, el);
    }
  }
}

function nextOutside(el: Element): Element | null {
  let current: Element | null = el;
  while (current !== null) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}

function nextInDocument(el: Element): Element | null {
  return el.firstElementChild ?? nextOutside(el);
}

function isGated(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    if (GATED_JSON_LD.test(scripts[i]?.textContent ?? '')) return true;
  }
  return false;
}
