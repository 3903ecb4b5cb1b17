// collapseWhitespace and countCjk: the text helpers every line of a page goes through.
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, countCjk } from '../../../utils/analyze/text';

describe('collapseWhitespace', () => {
  it.each([
    ['  同志们 ：  \n 今天 我们 召开 会议 ', '同志们：今天我们召开会议'],
    ['Ladies   and\tgentlemen,\n thank you', 'Ladies and gentlemen, thank you'],
    ['一、 加强 GDP 统计', '一、加强GDP统计'],
    ['2020 年 10 月', '2020年10月'],
    ['We  met　in 北京 today', 'We met in北京today'],
    ['\u00a0\u200b走 向 远 方\ufeff', '走向远方'],
    ['', ''],
    ['   ', ''],
    ['single', 'single'],
  ])('%j → %j', (input, expected) => expect(collapseWhitespace(input)).toBe(expected));
});

describe('countCjk', () => {
  it.each([
    ['同志们，大家好！', 6],
    ['GDP增长5.2%', 2],
    ['㐀㐁 (extension A)', 2],
    ['ひらがな、カタカナ、한국어', 0],
    ['', 0],
    ['讲话'.repeat(5_000), 10_000],
  ])('%s → %i', (text, expected) => expect(countCjk(text)).toBe(expected));
});
