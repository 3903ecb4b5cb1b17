// The detector's evidence as named, readable features. Stage 1 reads PageSignals (native
// reads only) with word lists (stage1-cues.ts); stage 2 reads the paragraph structure of the
// likely speech root. Their weights are learned (scripts/train-detector.ts) and stored in
// detector-model.json.

import type { PageSignals } from './detect-input';
import type { PageText } from './page-text';
import { isByline, DE_SALUTATION, EN_SALUTATION, EN_SPEAKER_LABEL, startsLatin, ZH_CLOSING, ZH_SALUTATION } from './cues';
import { scan, type Hits } from './literal-scan';
import {
  ZH_AUDIENCE, ZH_CLOSING_WORDS, ZH_WE, audienceTurns, deSpeechTitle, deliveryNote, enNotSpeechTitle, enSpeechTitle, kickerNews, kickerSpeech,
  latinFirstPerson, latinLetterTitle, latinNarrativeTitle, latinReportedSpeech, latinReporting, latinSalutation, 
  latinSpeakerVoice, latinThanks, latinVocatives, reportedSpeech, stageDirections, urlSpeech,
  zhDocumentBody, zhDocumentTitle, zhLetterTitle, zhNarrativeTitle, zhReporting, zhSalutation, 
  zhSpeakerVoice, zhSpeechSubtitle, zhSpeechTitle,
} from './stage1-cues';

export interface FeatureValue {
  value: number;
  /** What matched, for the CLI report and the corpus test's list of misses. */
  evidence?: string;
}

export type Features = Record<string, FeatureValue>;

// Each feature names one kind of evidence in any language (a Chinese 讲话 title and a German
// "Rede" title are the same feature), so what the model learns from one source's pages
// carries over to sources it has never seen.
export const STAGE1_FEATURES = [
  'titleSpeechGenre', 'titleOccasion', 'openingOccasion', 'titleReportedSpeech', 'titleOtherGenre', 'titleReport', 'titleLetter',
  'urlSpeechWord',
  'salutation', 'audienceAddress', 'audienceTurn', 'speakerVoice', 'firstPersonPlural', 'speechSubtitle',
  'reporting', 'reportedSpeechInBody', 'documentBody', 'closingThanks',
  'delivered', 'shortText', 'isZh',
] as const;

export const STAGE2_FEATURES = [
  'lineSalutation', 'lineClosing', 'lineTitleSpeech', 'lineSubtitle', 'lineNumberedParas', 'lineSpeakerLabels', 'lineDatedTail', 'lineByline',
] as const;

export type Stage1Feature = (typeof STAGE1_FEATURES)[number];
export type Stage2Feature = (typeof STAGE2_FEATURES)[number];

const clip = (s: string) => (s.length > 80 ? s.slice(0, 80) : s);

/** log(1 + occurrences per 1,000 units): densities comparable across page lengths. */
function density(count: number, units: number): number {
  return Math.log1p((count * 1000) / Math.max(units, 200));
}

function flag(texts: readonly string[], test: (t: string) => boolean): FeatureValue {
  for (const t of texts) if (test(t)) return { value: 1, evidence: clip(t) };
  return { value: 0 };
}

function found(hit: string | undefined): FeatureValue {
  return hit === undefined ? { value: 0 } : { value: 1, evidence: clip(hit) };
}

function densityOf({ count, first }: Hits, units: number): FeatureValue {
  return count === 0 ? { value: 0 } : { value: density(count, units), evidence: `${count}× ${clip(first ?? '')}` };
}

function flagged({ count, first }: Hits): FeatureValue {
  return count === 0 ? { value: 0 } : { value: 1, evidence: `${count}× ${clip(first ?? '')}` };
}

/** log(1 + occurrences): one explicit "我代表…" counts on a long page as on a short one. */
function countOf({ count, first }: Hits): FeatureValue {
  return count === 0 ? { value: 0 } : { value: Math.log1p(count), evidence: `${count}× ${clip(first ?? '')}` };
}


/** Where a speech's own title line sits in the text read from the main heading on. */
const OPENING_CHARS = 240;

/** Every SAMPLE_STRIDE-th character is looked at when counting scripts. */
const SAMPLE_STRIDE = 3;

/**
 * CJK ideographs and letters of scripts other than Latin and CJK (Greek, Cyrillic, Hebrew,
 * Arabic, Indic, Thai …), estimated from every third character: a loop over every character
 * is the costliest step of stage 1 while the page's code is still cold. Latin words are
 * counted by native split on spaces.
 */
function scriptCounts(text: string): { cjk: number; other: number; words: number } {
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < text.length; i += SAMPLE_STRIDE) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 0x0370 && c <= 0x0e7f && !(c >= 0x0700 && c < 0x0900)) other++;
  }
  return { cjk: cjk * SAMPLE_STRIDE, other: other * SAMPLE_STRIDE, words: text.split(' ').length - 1 };
}

/** News about a speech (发表重要讲话, 讲话强调), not the speech itself. */
function reportedTitle(t: string): boolean {
  return reportedSpeech(t).count > 0;
}

/** A speech genre in a title, in any of the languages stage 1 knows. */
function speechGenreTitle(t: string, lower = t.toLowerCase()): boolean {
  return (zhSpeechTitle(t) && !reportedTitle(t)) || (enSpeechTitle(lower) && !enNotSpeechTitle(lower)) || deSpeechTitle(t);
}

export function stage1Features(input: PageSignals): Features {
  const { text } = input;
  const titleTexts = [...input.titles, ...input.headings.slice(0, 3)];
  const lowerTitles = titleTexts.map((t) => t.toLowerCase());
  const lowerKickers = input.kickers.map((t) => t.toLowerCase());
  const anyTitle = (test: (t: string, lower: string) => boolean): FeatureValue => {
    for (let i = 0; i < titleTexts.length; i++) if (test(titleTexts[i]!, lowerTitles[i]!)) return { value: 1, evidence: clip(titleTexts[i]!) };
    return { value: 0 };
  };
  const f: Partial<Record<Stage1Feature, FeatureValue>> = {};

  f.titleSpeechGenre = either(anyTitle(speechGenreTitle), flag(lowerKickers, kickerSpeech));
  f.titleOccasion = anyTitle((t, lower) => zhNarrativeTitle(t) || (latinNarrativeTitle(lower) && !enNotSpeechTitle(lower)));
  f.titleReportedSpeech = anyTitle((t, lower) => (reportedTitle(t) && !zhNarrativeTitle(t)) || (enSpeechTitle(lower) && enNotSpeechTitle(lower)));
  const otherGenre = (t: string, lower = t.toLowerCase()) => (zhDocumentTitle(t) && !zhSpeechTitle(t)) || (enNotSpeechTitle(lower) && !enSpeechTitle(lower));
  f.titleOtherGenre = either(flag(input.titles, (t) => otherGenre(t)), flag(lowerKickers, kickerNews));
  f.titleReport = anyTitle((t) => t.includes('报告'));
  f.titleLetter = anyTitle((t, lower) => zhLetterTitle(t) || latinLetterTitle(lower));
  // A study column's <title> names the column; the speech's own title line ("…在…会议上的
  // 讲话", "Remarks by … at …") opens the text below the column's heading.
  const opening = text.slice(0, OPENING_CHARS * 2).replace(/\s+/g, ' ').slice(0, OPENING_CHARS);
  const openingLower = opening.toLowerCase();
  f.openingOccasion =
    (zhNarrativeTitle(opening) && !reportedTitle(opening)) || (latinNarrativeTitle(openingLower) && !enNotSpeechTitle(openingLower))
      ? { value: 1, evidence: clip(opening) }
      : { value: 0 };
  const path = input.path.toLowerCase();
  f.urlSpeechWord = flag([input.path], () => urlSpeech(path));

  const { cjk, other, words } = scriptCounts(text);
  const isZh = cjk >= 200;
  f.isZh = { value: isZh ? 1 : 0 };
  const lower = text.toLowerCase();
  // The text records a delivery: a note on it ("as prepared for delivery") or the audience's
  // reactions in brackets ("(Applause.)"). One feature, so a transcript's stage directions
  // count on a site the model has only seen delivery notes on, and the other way round.
  const note = deliveryNote(lower);
  f.delivered = note !== undefined ? found(note) : flagged(stageDirections(lower));
  if (isZh) {
    f.salutation = found(zhSalutation(text));
    f.audienceAddress = densityOf(scan(text, ZH_AUDIENCE), cjk);
    f.audienceTurn = countOf(audienceTurns(text));
    f.speakerVoice = countOf(zhSpeakerVoice(text));
    f.firstPersonPlural = densityOf(scan(text, ZH_WE), cjk);
    f.speechSubtitle = found(zhSpeechSubtitle(text));
    f.reporting = densityOf(zhReporting(text), cjk);
    f.reportedSpeechInBody = densityOf(reportedSpeech(text), cjk);
    f.documentBody = densityOf(zhDocumentBody(text), cjk);
    f.closingThanks = found(ZH_CLOSING_WORDS.find((w) => text.includes(w)));
    f.shortText = { value: cjk < 800 ? 1 : 0, evidence: `${cjk} 字` };
  } else if (other < 200) {
    // Pages in other scripts get no text features: their Latin word counts would read as "short".
    f.salutation = found(latinSalutation(lower));
    f.audienceAddress = densityOf(latinVocatives(lower), words);
    f.audienceTurn = countOf(audienceTurns(lower));
    f.speakerVoice = countOf(latinSpeakerVoice(lower));
    f.firstPersonPlural = densityOf(latinFirstPerson(text), words);
    f.reporting = densityOf(latinReporting(lower), words);
    f.reportedSpeechInBody = densityOf(latinReportedSpeech(lower), words);
    // Once is politeness anywhere; a speech thanks its audience again at the end.
    const thanks = latinThanks(lower);
    f.closingThanks = thanks.count >= 2 ? countOf(thanks) : { value: 0 };
    f.shortText = { value: words < 400 ? 1 : 0, evidence: `${words} words` };
  }
  // Features a page's language leaves unset count as 0 (the trainer and linearScore read them so).
  return f as Features;
}

function either(zh: FeatureValue, latin: FeatureValue): FeatureValue {
  return zh.value >= latin.value ? zh : latin;
}

/** A notice's signature block ends on its date: "…办公室 2024年3月1日". */
const ZH_DATE_LINE_END = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const NUMBERED_PARAGRAPH = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|[IVX]+\.\s)/;

export function stage2Features(page: PageText): Features {
  const { lines } = page;
  const f: Partial<Record<Stage2Feature, FeatureValue>> = {};
  const opening = lines.slice(0, 15);
  const closing = lines.slice(-6);
  // The English and German patterns only where a line opens with a Latin letter (see startsLatin).
  const salutation = opening.find(
    (l) => (l.text.length <= 60 && ZH_SALUTATION.test(l.text)) || (startsLatin(l.text) && (EN_SALUTATION.test(l.text) || DE_SALUTATION.test(l.text))),
  );
  f.lineSalutation = salutation ? { value: 1, evidence: clip(salutation.text) } : { value: 0 };
  const thanks = closing.find((l) => ZH_CLOSING.test(l.text) || (startsLatin(l.text) && /^(thank you|god bless|danke)/i.test(l.text)));
  f.lineClosing = thanks ? { value: 1, evidence: clip(thanks.text) } : { value: 0 };
  const titleLine = lines.slice(0, 8).find((l) => l.text.length <= 100 && (zhSpeechTitle(l.text) || zhNarrativeTitle(l.text) || enSpeechTitle(l.text.toLowerCase())) && !reportedTitle(l.text));
  f.lineTitleSpeech = titleLine ? { value: 1, evidence: clip(titleLine.text) } : { value: 0 };
  const subtitle = lines.slice(0, 12).find((l) => l.text.length <= 100 && zhSpeechSubtitle(l.text) !== undefined);
  f.lineSubtitle = subtitle ? { value: 1, evidence: clip(subtitle.text) } : { value: 0 };
  let numbered = 0;
  let labels = 0;
  for (const line of lines) {
    if (NUMBERED_PARAGRAPH.test(line.text)) numbered++;
    if (startsLatin(line.text) && line.text.includes(':') && EN_SPEAKER_LABEL.test(line.text)) labels++;
  }
  f.lineNumberedParas = { value: Math.log1p(numbered), evidence: `${numbered}` };
  f.lineSpeakerLabels = { value: Math.log1p(labels), evidence: `${labels}` };
  const dated = lines.slice(-4).find((l) => l.text.length <= 40 && ZH_DATE_LINE_END.test(l.text));
  f.lineDatedTail = dated ? { value: 1, evidence: clip(dated.text) } : { value: 0 };
  const byline = lines.slice(0, 10).find((l) => l.text.length <= 60 && isByline(l.text));
  f.lineByline = byline ? { value: 1, evidence: clip(byline.text) } : { value: 0 };
  return complete(f, STAGE2_FEATURES);
}

function complete<N extends string>(partial: Partial<Record<N, FeatureValue>>, names: readonly N[]): Features {
  const out: Features = {};
  for (const name of names) out[name] = partial[name] ?? { value: 0 };
  return out;
}
