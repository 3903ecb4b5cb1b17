// Classifies each line of the speech body as a possible outline entry: a numbered heading
// (一、 （一） 1. …), a paragraph-initial enumerator (一是, 第一，, First,), or a tag/bold
// section title. Sequence checks and levels come later (levels.ts, enumerations.ts).

import type { Line } from './blocks';
import { parseMarker, type Marker } from './numbering';
import { parseEnumerator, type Enumerator } from './enumerators';
import { leadSentence } from './text';
import {
  DE_SALUTATION, EN_SALUTATION, EN_SPEAKER_LABEL, hasDate, isByline, LATIN_LETTER, SCRIPTURE_REFERENCE, startsLatin,
  STAGE_DIRECTION, ZH_SALUTATION, ZH_TITLE_SUBTITLE,
} from './cues';

export type Candidate =
  | { kind: 'numbered'; index: number; line: Line; text: string; marker: Marker }
  | { kind: 'enumeration'; index: number; line: Line; text: string; enumerator: Enumerator }
  | { kind: 'heading'; index: number; line: Line; text: string; family: string };

const MAX_TITLE_CJK_CHARS = 40;
const MAX_TITLE_LATIN_CHARS = 100;

export function classifyLine(line: Line, index: number): Candidate | null {
  const { text } = line;
  if (isLabelLine(text)) return null;
  const marker = parseMarker(text);
  if (marker) {
    if (continuesInline(text, marker)) return null;
    return { kind: 'numbered', index, line, marker, text: leadSentence(text, markerEnd(text, marker.markerText)) };
  }
  const enumerator = parseEnumerator(text);
  if (enumerator) {
    if (listsInline(text, enumerator)) return null;
    return { kind: 'enumeration', index, line, enumerator, text: leadSentence(text, markerEnd(text, enumerator.markerText)) };
  }
  if ((line.headingLevel > 0 || line.bold) && looksLikeSectionTitle(text)) {
    return { kind: 'heading', index, line, text, family: line.headingLevel > 0 ? `h${line.headingLevel}` : 'bold' };
  }
  return null;
}

function markerEnd(text: string, markerText: string): number {
  return text.indexOf(markerText) + markerText.length;
}

/** Speaker labels, stage directions, END and similar transcript furniture. */
export function isLabelLine(text: string): boolean {
  // Cheap tests first (a label needs its colon, a stage direction its bracket): this runs on every line.
  return (
    (text.includes(':') && startsLatin(text) && EN_SPEAKER_LABEL.test(text)) ||
    ((text.includes('(') || text.includes('[')) && (LATIN_LETTER.test(text) || text.includes('掌声') || text.includes('笑声')) && STAGE_DIRECTION.test(text)) ||
    (text.length <= 7 && (startsLatin(text) || text.charAt(0) === '[') && /^(END|\[?PAUSE\]?|Q)$/.test(text))
  );
}

function looksLikeSectionTitle(text: string): boolean {
  const cjk = /[\u4e00-\u9fff]/.test(text);
  if (text.length > (cjk ? MAX_TITLE_CJK_CHARS : MAX_TITLE_LATIN_CHARS)) return false;
  if (/[。！？.!?；;，,：:、…]$/.test(text)) return false;
  if (text.length <= 40 && hasDate(text)) return false;
  const latin = startsLatin(text);
  if (isByline(text) || (latin && SCRIPTURE_REFERENCE.test(text)) || ZH_TITLE_SUBTITLE.test(text)) return false;
  if (ZH_SALUTATION.test(text) || (latin && (EN_SALUTATION.test(text) || DE_SALUTATION.test(text)))) return false;
  if (/^[（(【\[].*[）)】\]]$/.test(text)) return false; // (2018年9月3日), 【打印正文】
  // Some letter of any script; the Unicode class costs half a millisecond to compile, so it is
  // the last resort after the Chinese and ASCII letters that almost every title holds.
  return cjk || LATIN_LETTER.test(text) || /[\p{L}]/u.test(text);
}

/**
 * A paragraph that starts with （1） and later contains （2） is an inline list written in
 * one paragraph, not a heading.
 */
function continuesInline(text: string, marker: Marker): boolean {
  const rest = text.slice(marker.markerText.length);
  const next = marker.ordinal + 1;
  switch (marker.family) {
    case 'arabic-paren':
      return new RegExp(`[（(]${next}[）)]`).test(rest);
    case 'cn-paren':
      return new RegExp(`[（(]${toChinese(next)}[）)]`).test(rest);
    case 'circled':
      return rest.includes(String.fromCodePoint(0x2460 + next - 1));
    case 'arabic-dot':
      return new RegExp(`(^|[^\\d.．第])${next}[、．.](?![\\d])`).test(rest);
    case 'cn-comma':
      return rest.includes(`${toChinese(next)}、`);
    default:
      return false;
  }
}

/**
 * "一是…；二是…；三是…" in one paragraph (a preview of the parts, or a list written inline)
 * is neither a heading nor a paragraph-initial enumeration.
 */
function listsInline(text: string, enumerator: Enumerator): boolean {
  const rest = text.slice(text.indexOf(enumerator.markerText) + enumerator.markerText.length);
  const next = toChinese(enumerator.ordinal + 1);
  const { family } = enumerator;
  if (family.startsWith('cn-verb-')) return new RegExp(`(^|[，,；;。：:\s])${next}${family.slice(8)}`).test(rest);
  if (family.startsWith('cn-label-')) return rest.includes(`${family.slice(9)}${next}`);
  if (family === 'cn-di') return new RegExp(`第${next}[，,、：:]`).test(rest);
  return false;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChinese(n: number): string {
  if (n < 10) return CN[n] ?? '';
  if (n < 20) return `十${CN[n - 10] ?? ''}`;
  return `${CN[Math.floor(n / 10)] ?? ''}十${CN[n % 10] ?? ''}`;
}
