// "摘录本节": the whole section under an outline item as one range to save, or the reason
// it cannot be one excerpt (longer than SECTION_CLIP_MAX_CHARS, or no text).
import type { OutlineItem } from '../analyze/types';
import { buildTextIndex, rangeFromOffsets } from '../excerpts/text-index';
import { SECTION_CLIP_MAX_CHARS, sectionSpan } from './sections';

export type SectionClip =
  | { ok: true; range: Range; chars: number }
  | { ok: false; reason: 'too-long'; chars: number; max: number }
  | { ok: false; reason: 'not-found' };

export function clipSection(outline: readonly OutlineItem[], root: Element, index: number, max = SECTION_CLIP_MAX_CHARS): SectionClip {
  const textIndex = buildTextIndex(root);
  const span = sectionSpan(outline, index, textIndex);
  if (!span || !textIndex.text.slice(span.start, span.end).trim()) return { ok: false, reason: 'not-found' };
  const chars = span.end - span.start;
  if (chars > max) return { ok: false, reason: 'too-long', chars, max };
  const range = rangeFromOffsets(textIndex, span.start, span.end);
  return range ? { ok: true, range, chars } : { ok: false, reason: 'not-found' };
}
