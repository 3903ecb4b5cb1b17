import { describe, expect, it } from 'vitest';
import { chineseToNumber, circledToNumber, parseMarker, romanToNumber, parseEnumerator } from '../../../utils/analyze';

describe('chineseToNumber', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23],
    ['九十九', 99], ['一百', 100], ['一百零五', 105], ['两', 2], ['〇', NaN], ['一二', NaN], ['', NaN],
  ])('%s → %s', (numeral, value) => {
    expect(chineseToNumber(numeral)).toBe(value);
  });
});

describe('circled and roman numerals', () => {
  it.each([['①', 1], ['⑤', 5], ['⑩', 10], ['⑳', 20], ['A', NaN]])('%s → %s', (ch, n) => {
    expect(circledToNumber(ch)).toBe(n);
  });
  it.each([['I', 1], ['IV', 4], ['VIII', 8], ['IX', 9], ['XIV', 14], ['IIII', NaN], ['VX', NaN]])('%s → %s', (r, n) => {
    expect(romanToNumber(r)).toBe(n);
  });
});

describe('parseMarker', () => {
  it.each([
    ['一、总体要求', 'cn-comma', 1, '一、'],
    ['十一、其他', 'cn-comma', 11, '十一、'],
    ['二十三、附则', 'cn-comma', 23, '二十三、'],
    ['三．坚持', 'cn-comma', 3, '三．'],
    ['（一）目标导向', 'cn-paren', 1, '（一）'],
    ['(二)问题导向', 'cn-paren', 2, '(二)'],
    ['（十二）收尾', 'cn-paren', 12, '（十二）'],
    ['1.教学方面', 'arabic-dot', 1, '1.'],
    ['2．队伍建设', 'arabic-dot', 2, '2．'],
    ['3、要有拼劲。', 'arabic-dot', 3, '3、'],
    ['12. Twelfth', 'arabic-dot', 12, '12.'],
    ['（1）细则', 'arabic-paren', 1, '（1）'],
    ['(2)细则', 'arabic-paren', 2, '(2)'],
    ['①第一项', 'circled', 1, '①'],
    ['⑳第二十项', 'circled', 20, '⑳'],
    ['第一部分 总体情况', 'cn-ordinal-部分', 1, '第一部分'],
    ['第三章 组织', 'cn-ordinal-章', 3, '第三章'],
    ['第二讲 如何', 'cn-ordinal-讲', 2, '第二讲'],
    ['I.', 'roman', 1, 'I.'],
    ['IV. Reform', 'roman', 4, 'IV.'],
    ['　二、带全角空格', 'cn-comma', 2, '二、'],
  ])('%s', (text, family, ordinal, markerText) => {
    expect(parseMarker(text)).toEqual({ family, ordinal, markerText });
  });

  it.each([
    '一是提升了理论修养', '第一，必须坚持', '首先是德育', '1.5亿元投入', '2018年工作', '2.3.1 小节',
    'I have a dream', 'In 2018.', '一些同志', '十分重要', '（注：略）', 'Ich bin', '',
  ])('%s is not a structural marker', (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});

describe('parseEnumerator', () => {
  it.each([
    ['第一，必须坚持', 'cn-di', 1],
    ['第九，必须坚持', 'cn-di', 9],
    ['一是提升了理论修养', 'cn-verb-是', 1],
    ['五是把住了廉政关口', 'cn-verb-是', 5],
    ['一要抓牢“领”字', 'cn-verb-要', 1],
    ['十抓服务保障', 'cn-verb-抓', 10],
    ['首先是德育问题', 'cn-shouxian', 1],
    ['其次，环境改变', 'cn-shouxian', 2],
    ['场景一：学生身心健康', 'cn-label-场景', 1],
    ['First, we must', 'en-ordinal', 1],
    ['Secondly, the plan', 'en-ordinal', 2],
    ['Erstens: Wir dürfen', 'de-ordinal', 1],
    ['viertens: Selbst', 'de-ordinal', 4],
  ])('%s', (text, family, ordinal) => {
    expect(parseEnumerator(text)).toMatchObject({ family, ordinal });
  });

  it.each(['一些同志认为', '一直以来', '一定要抓好', '两个月以后', '首先请允许我', 'Firstly-placed', 'Erstaunlich ist', '另外，'])(
    '%s is not an enumerator',
    (text) => {
      expect(parseEnumerator(text)).toBeNull();
    },
  );
});
