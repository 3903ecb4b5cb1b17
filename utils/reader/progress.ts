// Reading speed used for "minutes left": about 400 字/min for Chinese (the middle of
// the 300–500 range for attentive reading of official prose) and 230 words/min for
// English (the middle of 200–250).
export const CHARS_PER_MINUTE_ZH = 400;
export const WORDS_PER_MINUTE_EN = 230;

export interface ProgressInput {
  rootTop: number;
  rootHeight: number;
  scrollY: number;
  viewportHeight: number;
  /** Characters (zh) or words (en) of speech text. */
  textLength: number;
  lang: 'zh' | 'en' | 'other';
}

export function readingProgress(input: ProgressInput): { percent: number; minutesLeft: number } {
  const { rootTop, rootHeight, scrollY, viewportHeight, textLength, lang } = input;
  const readBottom = scrollY + viewportHeight - rootTop;
  const fraction = rootHeight <= 0 ? 1 : clamp(readBottom / rootHeight, 0, 1);
  const rate = lang === 'zh' ? CHARS_PER_MINUTE_ZH : WORDS_PER_MINUTE_EN;
  return {
    percent: Math.round(fraction * 100),
    minutesLeft: Math.ceil((textLength * (1 - fraction)) / rate),
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
