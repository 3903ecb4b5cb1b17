// Numbering markers at the start of a heading: 一、 （一） 1. （1） ① 第一部分 I. …
// Pure helpers, reused by the outline, the 提纲 parser and the tests.

/** Families of structural (heading) numbering. Levels are assigned per speech, not per family. */
export type HeadingFamily =
  | 'cn-comma' // 一、 十一、 (also 一． 一.)
  | 'cn-paren' // （一） (一)
  | 'arabic-dot' // 1. 1． 1、
  | 'arabic-paren' // （1） (1)
  | 'circled' // ① … ⑳
  | 'roman' // I. II.
  | `cn-ordinal-${string}`; // 第一部分 第三章 第二讲 第一节 第一篇

export interface Marker {
  family: HeadingFamily;
  ordinal: number;
  /** The marker exactly as written, e.g. "（一）" or "1．". */
  markerText: string;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100 };

/** Chinese numeral to number: 一→1, 十→10, 十一→11, 二十三→23, 一百零五→105. NaN when invalid. */
export function chineseToNumber(numeral: string): number {
  if (numeral.length === 0) return NaN;
  let total = 0;
  let pending = -1; // digit waiting for a unit, -1 = none
  for (const ch of numeral) {
    const digit = CN_DIGITS[ch];
    if (digit !== undefined) {
      if (pending > 0) return NaN; // two digits in a row ("一二") is not a numeral
      pending = digit;
      continue;
    }
    const unit = CN_UNITS[ch];
    if (unit === undefined) return NaN;
    total += (pending === -1 ? 1 : pending) * unit;
    pending = -1;
  }
  if (pending > 0) total += pending;
  return total > 0 ? total : NaN;
}

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

/** ①→1 … ⑳→20; NaN for anything else. */
export function circledToNumber(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code >= CIRCLED_FIRST && code <= CIRCLED_LAST && ch.length === 1 ? code - CIRCLED_FIRST + 1 : NaN;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Roman numeral (upper case, up to C) to number; NaN when malformed. */
export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman.charAt(i)];
    const next = ROMAN_VALUES[roman.charAt(i + 1)] ?? 0;
    if (value === undefined) return NaN;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === roman ? total : NaN;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, glyph] of table) {
    while (n >= value) {
      out += glyph;
      n -= value;
    }
  }
  return out;
}

const CN_NUM = '[一二三四五六七八九十百零〇两]{1,4}';
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;

/** Word and IME text often writes １．/（２） with full-width digits; they number the same. */
function halfWidthDigits(text: string): string {
  return text.slice(0, 8).replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) + text.slice(8);
}
const LEADING_SPACE = /^[\s\u00a0\u3000]+/;
// Every pattern below starts with one of these (full-width digits count as digits): a line
// that starts otherwise, nearly every line of a speech, is turned down without running them.
const MARKER_START = new Set([
  ...'一二三四五六七八九十百零〇两（(0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19第IVXLC',
  ...Array.from({ length: 0x2473 - 0x2460 + 1 }, (_, i) => String.fromCharCode(0x2460 + i)),
]);

const PATTERNS: { re: RegExp; family: (m: RegExpExecArray) => HeadingFamily; value: (m: RegExpExecArray) => number }[] = [
  // 一、 (a trailing 是/要 would be an enumeration "一是", handled elsewhere; 、 excludes that)
  { re: new RegExp(`^(${CN_NUM})[\\s\\u3000]*[、．.](?![\\d])`), family: () => 'cn-comma', value: (m) => chineseToNumber(m[1] ?? '') },
  { re: new RegExp(`^[（(][\\s\\u3000]*(${CN_NUM})[\\s\\u3000]*[）)]`), family: () => 'cn-paren', value: (m) => chineseToNumber(m[1] ?? '') },
  { re: /^[（(][\s\u3000]*(\d{1,2})[\s\u3000]*[）)]/, family: () => 'arabic-paren', value: (m) => Number(m[1]) },
  // 1. 1． 1、 but not 1.5 / 1.2.3 / 2018.
  { re: /^(\d{1,2})[\s\u3000]*[.．、](?![\d.．])/, family: () => 'arabic-dot', value: (m) => Number(m[1]) },
  { re: /^([\u2460-\u2473])/, family: () => 'circled', value: (m) => circledToNumber(m[1] ?? '') },
  { re: new RegExp(`^第(${CN_NUM})(部分|章|节|篇|讲|单元)`), family: (m) => `cn-ordinal-${m[2] ?? ''}`, value: (m) => chineseToNumber(m[1] ?? '') },
  // Roman numerals need a dot and then a space, the end, or a non-letter: "I." / "IV. Title", never "I have".
  { re: /^([IVXLC]{1,7})[.．](?=$|[\s\u00a0]|[^A-Za-z.])/, family: () => 'roman', value: (m) => romanToNumber(m[1] ?? '') },
];

/** Parses a structural numbering marker at the very start of `text` (leading spaces allowed). */
export function parseMarker(text: string): Marker | null {
  const lead = LEADING_SPACE.exec(text);
  const written = lead ? text.slice(lead[0].length) : text;
  if (!MARKER_START.has(written.charAt(0))) return null;
  const body = halfWidthDigits(written);
  for (const pattern of PATTERNS) {
    const m = pattern.re.exec(body);
    if (!m) continue;
    const ordinal = pattern.value(m);
    if (!Number.isFinite(ordinal) || ordinal <= 0) return null;
    return { family: pattern.family(m), ordinal, markerText: written.slice(0, m[0].length) };
  }
  return null;
}
