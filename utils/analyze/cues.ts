// Word lists and patterns that mark speeches (and the texts that look like them but are not).
// Kept together so the detector, the title picker and the outline share one vocabulary;
// stage 1 of detection uses the word lists of stage1-cues.ts, which has no regular expressions.

import { ZH_SPEECH_GENRES } from './stage1-cues';

/** A title naming a speech genre: 讲话, 致辞, Remarks, Rede … */
const alternation = (words: readonly string[]) => new RegExp(words.join('|'));
const ZH_SPEECH_TITLE = /* @__PURE__ */ alternation(ZH_SPEECH_GENRES);

const EN_SPEECH_TITLE = /\b(remarks|speech|address|keynote|lecture|sermon|eulogy|homily|toast|oration|commencement|statement to the house)\b|as prepared for delivery|as delivered/i;
const DE_SPEECH_TITLE = /\b(Rede|Ansprache|Grußwort|Predigt|Andacht|Festrede|Laudatio|Festansprache|Regierungserklärung)\b/;

/** A salutation line addressing the audience. */
export const ZH_SALUTATION = /^(尊敬的|亲爱的|各位|同志们|同学们|老师们|朋友们|女士们|先生们|家长们|代表们|来宾们|大家好)[^。]{0,40}([：:，,！!]|$)/;
export const ZH_CLOSING = /^(谢谢大家|谢谢各位|谢谢！|谢谢!|谢谢。|谢谢$|干杯)/;

export const EN_SALUTATION = /^(ladies and gentlemen|thank you|thanks|good (morning|afternoon|evening)|hello|hi,? every|my lords|mr\.? speaker|madam speaker|mr\.? president|madam president|distinguished|dear (friends|colleagues)|friends,|(it'?s|it is) (a|an|great) (great )?(honou?r|pleasure)|i am (delighted|pleased|honou?red|very pleased) to)/i;
export const DE_SALUTATION = /^(sehr geehrte|meine (sehr )?(verehrten|geehrten)? ?damen und herren|liebe |verehrte )/i;

/** THE PRESIDENT: / MS. HARMAN: / Q  — transcript speaker labels. */
export const EN_SPEAKER_LABEL = /^(THE [A-Z][A-Z .'-]{2,40}|(MR|MS|MRS|DR|SENATOR|SECRETARY|GOVERNOR|GENERAL)\.? [A-Z][A-Za-z'-]+|[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2}):\s/;
export const STAGE_DIRECTION = /^\s*[([](applause|laughter|cheers|booing|crosstalk|inaudible|pause|music|audience members?[^)\]]*)[.!]?[)\]]\s*$|[([](Applause|Laughter|Beifall|掌声|笑声)[.!。]?[)\]]/;

// In a fresh renderer each regular expression is compiled on its first use (bytecode, then
// native code on its second): 0.05 ms for a small one, 2 ms for the English and German dates
// alternated with the Chinese ones. The Latin-script patterns below are therefore only run on
// lines that could match them, so a Chinese page never compiles them (and the other way round).

/** A Latin letter or digit opens the line: only such lines can match the anchored English and German patterns. */
export function startsLatin(text: string): boolean {
  const c = text.charCodeAt(0);
  const lower = c | 32;
  return (c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** An ASCII letter anywhere in the line. */
export const LATIN_LETTER = /[a-z]/i;

/** A line naming a speech genre: 讲话, Remarks, Rede … (the title picker's and the outline's test). */
export function namesSpeechGenre(text: string): boolean {
  return ZH_SPEECH_TITLE.test(text) || EN_SPEECH_TITLE.test(text) || DE_SPEECH_TITLE.test(text);
}

const ZH_DATE = /\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日/;
const NUMERIC_DATE = /^\d{4}[.\-/]\d{1,2}([.\-/]\d{1,2})?$/;
const LATIN_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\b\d{1,2}\.? (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) \d{4}|\b\d{1,2}:\d{2} ?[ap]\.?m\.?/i;

/** A line that carries a date (bylines and datelines, never section titles): 2023年5月8日, 2023-05-08, May 8, 2023, 8. Mai 2023, 10:30 a.m. */
export function hasDate(text: string): boolean {
  return (text.includes('月') && ZH_DATE.test(text)) || NUMERIC_DATE.test(text) || (LATIN_LETTER.test(text) && LATIN_DATE.test(text));
}

const EN_BYLINE = /^(as prepared|as delivered|check against|office of the|for immediate release|the white house|transcript|by )/i;
const ZH_BYLINE = /^(作者|来源|发布时间|撰稿|编辑|责任编辑|主讲|讲话人)/;

/** Byline-ish lines: "As prepared for delivery", "Office of the Press Secretary", "作者：…". */
export function isByline(text: string): boolean {
  return startsLatin(text) ? EN_BYLINE.test(text) : ZH_BYLINE.test(text);
}
/** Scripture references used as labels: "Johannes 14, 27", "John 3:16". */
export const SCRIPTURE_REFERENCE = /^(\d\.? )?[A-ZÄÖÜ][a-zäöüß]+\.? \d{1,3}(, ?\d{1,3}|:\d{1,3})([-–]\d{1,3})?$/;
export const ZH_TITLE_SUBTITLE = /^[—–-]{1,2}/;
