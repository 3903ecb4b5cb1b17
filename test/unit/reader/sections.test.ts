import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/analyze';
import { buildTextIndex } from '../../../utils/excerpts/text-index';
import { SECTION_CLIP_MAX_CHARS, sectionPath, sectionSpan } from '../../../utils/reader/sections';
import { pageOf, filler } from '../analyze/html';

const speech = pageOf(
  [
    '<h1>在全市教育工作会议上的讲话</h1>',
    '同志们：',
    filler(120),
    '一、提高站位',
    filler(100, '第一部分正文'),
    '（一）认识意义',
    filler(100, '第一部分第一节正文'),
    '（二）把握要求',
    filler(100, '第一部分第二节正文'),
    '二、压实责任',
    filler(100, '第二部分正文'),
    '谢谢大家！',
  ],
  '在全市教育工作会议上的讲话',
);

describe('sectionRange: a whole section for "摘录本节"', () => {
  const analysis = analyzePage(speech, 'https://example.org/speech', { force: true })!;
  const index = (text: string) => analysis.outline.findIndex((item) => item.text.startsWith(text));
  const textIndex = buildTextIndex(analysis.root);
  const sectionText = (text: string) => {
    const span = sectionSpan(analysis.outline, index(text), textIndex)!;
    return textIndex.text.slice(span.start, span.end);
  };

  it('runs from the heading to the next heading of the same or a higher level, children included', () => {
    const text = sectionText('一、');
    expect(text.startsWith('一、提高站位')).toBe(true);
    expect(text).toContain('第一部分第二节正文');
    expect(text).not.toContain('二、压实责任');
    expect(sectionPath(analysis.outline, index('（二）'))).toEqual(['一、提高站位', '（二）把握要求']);
  });

  it('stops a lower-level section at its next sibling, and runs the last section to the end of the speech', () => {
    const first = sectionText('（一）');
    expect(first).toContain('第一部分第一节正文');
    expect(first).not.toContain('（二）把握要求');
    const last = sectionText('二、');
    expect(last).toContain('第二部分正文');
    expect(last).toContain('谢谢大家');
  });

  it('returns null for an item that is not in the speech, and has a cap far above a normal section', () => {
    expect(sectionSpan(analysis.outline, 99, textIndex)).toBeNull();
    expect(SECTION_CLIP_MAX_CHARS).toBeGreaterThan(5_000);
  });
});
