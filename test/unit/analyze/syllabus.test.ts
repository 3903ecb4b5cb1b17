import { describe, expect, it } from 'vitest';
import { extractOutline, parseSyllabus } from '../../../utils/analyze';
import { splitSyllabusText } from '../../../utils/analyze/syllabus';
import { filler, pageOf } from './html';

const body = filler();

describe('splitSyllabusText', () => {
  it('splits one concatenated paragraph into a two-level tree', () => {
    const entries = splitSyllabusText('一、甲部分总述。(一)甲一。(二)甲二。二、乙部分总述。（一）乙一，含逗号、顿号。(二)乙二。');
    expect(entries.map((e) => [e.level, e.text])).toEqual([
      [1, '一、甲部分总述'], [2, '(一)甲一'], [2, '(二)甲二'], [1, '二、乙部分总述'], [2, '（一）乙一，含逗号、顿号'], [2, '(二)乙二'],
    ]);
  });

  it('does not split at numbers inside an item', () => {
    const entries = splitSyllabusText('一、推进“十五五”规划2、3项重点工作。二、抓好1.5万亩高标准农田建设。');
    expect(entries.map((e) => e.text)).toEqual(['一、推进“十五五”规划2、3项重点工作', '二、抓好1.5万亩高标准农田建设']);
  });
});

describe('parseSyllabus', () => {
  it('returns null without a 提纲 block', () => {
    expect(parseSyllabus(pageOf(['一、甲', body, '二、乙', body]))).toBeNull();
  });

  it('reconciles 【提纲】 items with the body outline, tolerating bracket and punctuation widths', () => {
    const doc = pageOf([
      '【提纲】一、统一思想。(一)提高认识。(二)把握要求。二、狠抓落实。(一)压实责任。(二)强化督查。',
      '同志们：', body,
      '一、统一思想', body, '（一）提高认识，', body, '（二）把握要求。' + body,
      '二、狠抓落实', body, '(一)压实责任。' + body,
    ]);
    const root = doc.getElementById('content') as Element;
    const outline = extractOutline(root);
    expect(outline.map((i) => i.text)).toEqual(['一、统一思想', '（一）提高认识，', '（二）把握要求', '二、狠抓落实', '(一)压实责任']);
    const syllabus = parseSyllabus(root, outline);
    expect(syllabus?.map((s) => [s.level, s.inBody, s.outlineIndex])).toEqual([
      [1, true, 0], [2, true, 1], [2, true, 2], [1, true, 3], [2, true, 4], [2, false, undefined],
    ]);
  });

  it('reads a label line followed by one item per line, and keeps those lines out of the outline', () => {
    const doc = pageOf(['讲话提纲：', '一、统一思想', '二、狠抓落实', '同志们：', body, '一、统一思想', body, '二、狠抓落实', body]);
    const root = doc.getElementById('content') as Element;
    const outline = extractOutline(root);
    expect(outline.map((i) => i.text)).toEqual(['一、统一思想', '二、狠抓落实']);
    expect(parseSyllabus(doc, outline)?.map((s) => s.inBody)).toEqual([true, true]);
  });

  it('does not match an item with the same marker but different text', () => {
    const doc = pageOf(['【提纲】一、统一思想。二、狠抓落实。三、加强领导。', body, '一、统一思想', body, '二、完全不同的内容', body]);
    const root = doc.getElementById('content') as Element;
    expect(parseSyllabus(root, extractOutline(root))?.map((s) => s.inBody)).toEqual([true, false, false]);
  });
});
