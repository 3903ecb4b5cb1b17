import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../../utils/analyze';
import { filler, pageOf, parseDoc } from './html';

function outlineOf(paragraphs: string[]) {
  const doc = pageOf(paragraphs);
  return extractOutline(doc.getElementById('content') as Element).map(({ level, text, kind }) => ({ level, text, kind }));
}

const body = filler();

describe('levels from the order numbering families appear', () => {
  it('uses the GB/T 9704 order 一、 （一） 1. （1）', () => {
    const outline = outlineOf([
      '一、总体要求', body, '（一）指导思想', body, '1.坚持原则', body, '（1）细则甲', body, '（2）细则乙', body,
      '2.坚持方法', body, '（二）基本原则', body, '二、主要任务', body, '（一）任务一', body, '（二）任务二', body,
    ]);
    expect(outline.map((i) => [i.level, i.text])).toEqual([
      [1, '一、总体要求'], [2, '（一）指导思想'], [3, '1.坚持原则'], [4, '（1）细则甲'], [4, '（2）细则乙'],
      [3, '2.坚持方法'], [2, '（二）基本原则'], [1, '二、主要任务'], [2, '（一）任务一'], [2, '（二）任务二'],
    ]);
    expect(outline.every((i) => i.kind === 'numbered')).toBe(true);
  });

  it('lets 1. sit directly under 一、 when （一） is skipped', () => {
    const outline = outlineOf(['一、第一部分', body, '1、要有韧劲。就是要' + body, '2、要有干劲。' + body, '二、第二部分', body, '1、甲。' + body, '2、乙。' + body]);
    expect(outline.map((i) => [i.level, i.text])).toEqual([
      [1, '一、第一部分'], [2, '1、要有韧劲'], [2, '2、要有干劲'], [1, '二、第二部分'], [2, '1、甲'], [2, '2、乙'],
    ]);
  });

  it('treats （一） as the top level when the speech starts with it', () => {
    const outline = outlineOf(['（一）要深刻认识', body, '1.第一点', body, '2.第二点', body, '（二）要准确把握', body, '（三）要全面落实', body]);
    expect(outline.map((i) => i.level)).toEqual([1, 2, 2, 1, 1]);
  });

  it('handles 第一部分 and Roman numerals as top levels', () => {
    expect(outlineOf(['第一部分 回顾', body, '一、成绩', body, '二、不足', body, '第二部分 展望', body]).map((i) => i.level)).toEqual([1, 2, 2, 1]);
    expect(outlineOf(['<p><b>I.</b></p>', body, '<p><b>II.</b></p>', body, '<p><b>III.</b></p>', body]).map((i) => i.text)).toEqual(['I.', 'II.', 'III.']);
  });

  it('accepts ①… and multi-character numerals', () => {
    const many = Array.from({ length: 12 }, (_, i) => [`${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][i]}、第${i + 1}节`, body]).flat();
    expect(outlineOf(many).map((i) => i.text).slice(-2)).toEqual(['十一、第11节', '十二、第12节']);
    expect(outlineOf(['一、甲', body, '①小点一', body, '②小点二', body, '二、乙', body]).map((i) => i.level)).toEqual([1, 2, 2, 1]);
  });
});

describe('sequence continuity', () => {
  it('drops a number that does not continue its sequence', () => {
    const outline = outlineOf(['一、甲', body, '二、乙', body, '5.孤立的编号', body, '三、丙', body, '五、跳号', body]);
    expect(outline.map((i) => i.text)).toEqual(['一、甲', '二、乙', '三、丙']);
  });

  it('restarts （一） under each new parent and rejects repeats', () => {
    const outline = outlineOf(['一、甲', body, '（一）子一', body, '（二）子二', body, '（二）重复', body, '二、乙', body, '（一）子一', body, '（二）子二', body]);
    expect(outline.map((i) => i.text)).toEqual(['一、甲', '（一）子一', '（二）子二', '二、乙', '（一）子一', '（二）子二']);
  });

  it('ignores a family that never runs to a second item', () => {
    expect(outlineOf(['1.只有一个', body, body])).toEqual([]);
  });
});

describe('run-in headings', () => {
  it.each([
    ['1、要有韧劲。就是要顶得住压力', '1、要有韧劲'],
    ['（一）政绩的源泉在人民，必须扎根群众找方向。人民群众是历史的创造者', '（一）政绩的源泉在人民，必须扎根群众找方向'],
    ['（一）目标导向：我们按照两条线设定目标', '（一）目标导向'],
    ['（一）目标导向！后文', '（一）目标导向'],
    ['（一）目标导向；后文', '（一）目标导向'],
    ['（一）  目标  导向', '（一）目标导向'],
  ])('%s', (text, heading) => {
    const outline = outlineOf([text, body, text.replace('1、', '2、').replace('（一）', '（二）'), body]);
    expect(outline[0]?.text).toBe(heading);
  });
});

describe('enumerations', () => {
  it('keeps paragraph-initial 一是/二是 as enumerations one level below the heading', () => {
    const outline = outlineOf(['一、总体情况', body, '一是提升了理论修养。' + body, '二是提高了政治觉悟。' + body, '二、下一步', body]);
    expect(outline).toEqual([
      { level: 1, text: '一、总体情况', kind: 'numbered' },
      { level: 2, text: '一是提升了理论修养', kind: 'enumeration' },
      { level: 2, text: '二是提高了政治觉悟', kind: 'enumeration' },
      { level: 1, text: '二、下一步', kind: 'numbered' },
    ]);
  });

  it('puts 第一，… at level 1 when there are no headings, and never treats them as numbered headings', () => {
    const outline = outlineOf([body, '第一，必须坚持党的领导。' + body, body, '第二，必须坚持以人民为中心。' + body]);
    expect(outline.map((i) => [i.level, i.kind])).toEqual([[1, 'enumeration'], [1, 'enumeration']]);
  });

  it('nests 一是… inside a 首先/其次 passage', () => {
    const outline = outlineOf(['一、甲', body, '首先是德育问题。' + body, '其次是环境问题。' + body, '一是独子。' + body, '二是负担。' + body, '二、乙', body]);
    expect(outline.map((i) => [i.level, i.text])).toEqual([[1, '一、甲'], [2, '首先是德育问题'], [2, '其次是环境问题'], [3, '一是独子'], [3, '二是负担'], [1, '二、乙']]);
  });

  it('drops a lone opener (首先，/First,) with no second item', () => {
    expect(outlineOf(['首先，请允许我表示欢迎！' + body, body, body])).toEqual([]);
    expect(outlineOf(['First, let me thank you all for coming here today and for the warm welcome.', 'We meet at a time of change.'])).toEqual([]);
  });

  it('lists English First,/Second, and 场景一： sequences', () => {
    const english = outlineOf(['First, we need to invest in our schools and teachers.', 'Second, we need to rebuild our roads.', 'Third, we need to lead.']);
    expect(english.map((i) => [i.level, i.text, i.kind])).toEqual([
      [1, 'First, we need to invest in our schools and teachers', 'enumeration'],
      [1, 'Second, we need to rebuild our roads', 'enumeration'],
      [1, 'Third, we need to lead', 'enumeration'],
    ]);
    expect(outlineOf(['场景一：健康数据。' + body, '场景二：校园交通。' + body]).map((i) => i.text)).toEqual(['场景一：健康数据', '场景二：校园交通']);
  });

  it('ignores enumerations in the middle of a paragraph', () => {
    expect(outlineOf([`我讲三点：一要端正学风。${body}二要严守纪律。${body}三要学以致用。`, body])).toEqual([]);
    expect(outlineOf([`（1）第一项内容；（2）第二项内容；（3）第三项内容。`, `（1）再来一次；（2）第二项。`])).toEqual([]);
  });
});

describe('tag and bold section titles', () => {
  it('uses h2/h3 section titles followed by body text', () => {
    const outline = outlineOf(['<h2>Introduction</h2>', 'I am very pleased to be here today.', '<h2>The skills gap</h2>', 'We are making progress on many fronts.', '<h2>Conclusion</h2>', 'Thank you for listening to me today.']);
    expect(outline.map((i) => [i.level, i.text, i.kind])).toEqual([
      [1, 'Introduction', 'heading'], [1, 'The skills gap', 'heading'], [1, 'Conclusion', 'heading'],
    ]);
  });

  it('does not list title, date, salutation, speaker labels or stage directions', () => {
    const outline = outlineOf([
      '<h1>在全市工作会议上的讲话</h1>', '<h1>（2020年10月29日）</h1>', '<p><b>同志们：</b></p>', body,
      '<p><b>这里我作一说明。</b></p>', body, 'THE PRESIDENT: Thank you very much. (Applause.)', '(Applause.)', 'END', body,
    ]);
    expect(outline).toEqual([]);
  });

  it('reads headings that are lines between <br> in one element', () => {
    const doc = parseDoc(`<body><div id="c">同志们：<br>${body}<br>一、统一思想<br>${body}<br>二、狠抓落实<br>${body}</div></body>`);
    const outline = extractOutline(doc.getElementById('c') as Element);
    expect(outline.map((i) => i.text)).toEqual(['一、统一思想', '二、狠抓落实']);
    expect(outline[0]?.node).toBe(doc.getElementById('c'));
  });

  it('yields an empty outline for a flat transcript', () => {
    const outline = outlineOf([
      'THE PRESIDENT: Thank you. Thank you very much. (Applause.)', 'It is great to be here with all of you today.',
      'THE FIRST LADY: And we wish you a happy holiday season.', 'END',
    ]);
    expect(outline).toEqual([]);
  });
});
