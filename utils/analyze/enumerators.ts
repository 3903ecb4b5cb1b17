// Paragraph-initial enumerators (第一，/一是/首先…其次/场景一：/First,/Erstens): discourse
// markers, not structural headings. They become outline items of kind "enumeration" only
// when they form a sequence (checked by the outline builder).

export interface Enumerator {
  /** Sequences only continue within one family, e.g. "cn-verb-是" for 一是/二是. */
  family: string;
  ordinal: number;
  /** 1 = framing words (第一，/首先/First) that can contain rank-2 lists (一是/场景一). */
  rank: 1 | 2;
  markerText: string;
}

const CN_NUM = '[一二三四五六七八九十]{1,3}';
const CN_VALUES: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function smallChineseNumber(numeral: string): number {
  if (numeral === '十') return 10;
  if (numeral.length === 1) return CN_VALUES[numeral] ?? NaN;
  if (numeral.length === 2 && numeral.startsWith('十')) return 10 + (CN_VALUES[numeral.charAt(1)] ?? NaN);
  if (numeral.length === 2 && numeral.endsWith('十')) return 10 * (CN_VALUES[numeral.charAt(0)] ?? NaN);
  if (numeral.length === 3 && numeral.charAt(1) === '十') {
    return 10 * (CN_VALUES[numeral.charAt(0)] ?? NaN) + (CN_VALUES[numeral.charAt(2)] ?? NaN);
  }
  return NaN;
}

// Characters that after 一/两 make an ordinary word (一些, 一直, 两个…), never an enumerator.
const NOT_ENUMERATOR_VERB = new Set(
  '个些直定切样起般种次年月日天位名项条件点批份段时线流等度届号同旦致律贯概连向共带道边面方手口百千万亿半倍成层类级期轮周场支所家人部处篇章节讲代回声心体身举脚笔票张只块句首大小多少'.split(''),
);

const DI_COMMA = new RegExp(`^第(${CN_NUM})[，,、：:]`);
const CN_VERB = new RegExp(`^(${CN_NUM})([\\u4e00-\\u9fff])`);
const LABELLED = new RegExp(`^([\\u4e00-\\u9fff]{1,4}?)(${CN_NUM})[：:]`);
const SHOUXIAN = /^(首先|其次|再次)(?=[是，,：:])/;
const SHOUXIAN_ORDINAL: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };

const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const EN_ORDINAL = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?(?: of all)?(?=[,:;])/i;
const DE_ORDINALS = ['erstens', 'zweitens', 'drittens', 'viertens', 'fünftens', 'sechstens', 'siebtens', 'achtens', 'neuntens', 'zehntens'];
const DE_ORDINAL = /^(erstens|zweitens|drittens|viertens|fünftens|sechstens|siebtens|achtens|neuntens|zehntens)(?![a-zäöüß])/i;

/** Parses a paragraph-initial enumerator; `text` must start at the paragraph start. */
export function parseEnumerator(text: string): Enumerator | null {
  const s = text.trimStart();
  // The Chinese patterns all start with a CJK ideograph, the English and German ones with an
  // ASCII letter (case-insensitive matching never maps other characters onto those): each
  // line runs only the patterns its first character allows.
  const first = s.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff) {
    let m = DI_COMMA.exec(s);
    if (m) return make('cn-di', smallChineseNumber(m[1] ?? ''), 1, m[0]);

    m = SHOUXIAN.exec(s);
    if (m) return make('cn-shouxian', SHOUXIAN_ORDINAL[m[1] ?? ''] ?? NaN, 1, m[0]);

    m = CN_VERB.exec(s);
    if (m && !NOT_ENUMERATOR_VERB.has(m[2] ?? '') && !/^[一二三四五六七八九十]$/.test(m[2] ?? '')) {
      return make(`cn-verb-${m[2]}`, smallChineseNumber(m[1] ?? ''), 2, m[0]);
    }

    // A label's colon is within its first eight characters.
    const head = s.slice(0, 8);
    m = head.includes('：') || head.includes(':') ? LABELLED.exec(s) : null;
    if (m) return make(`cn-label-${m[1]}`, smallChineseNumber(m[2] ?? ''), 2, m[0]);
    return null;
  }
  if ((first | 32) < 97 || (first | 32) > 122) return null;

  let m = EN_ORDINAL.exec(s);
  if (m) return make('en-ordinal', EN_ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 1, 1, m[0]);

  m = DE_ORDINAL.exec(s);
  if (m) return make('de-ordinal', DE_ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 1, 1, m[0]);
  return null;
}

function make(family: string, ordinal: number, rank: 1 | 2, markerText: string): Enumerator | null {
  return Number.isFinite(ordinal) && ordinal > 0 ? { family, ordinal, rank, markerText } : null;
}
