// The detector's evidence as named, readable features. Stage 1 reads PageSignals (native
// reads only); stage 2 reads the paragraph structure of the likely speech root. Their
// weights are learned (scripts/train-detector.ts) and stored in detector-model.json.

import type { PageSignals } from './detect-input';
import type { PageText } from './page-text';
import {
  BYLINE, DE_SALUTATION, EN_REPORTING, ZH_DOCUMENT_BODY, ZH_REPORTING, DE_SPEECH_TITLE, EN_NOT_SPEECH_TITLE, EN_SALUTATION, EN_SPEAKER_LABEL, EN_SPEECH_TITLE,
  LATIN_NARRATIVE_TITLE, ZH_CLOSING, ZH_DOCUMENT_TITLE, ZH_NARRATIVE_TITLE, ZH_REPORTED_SPEECH_TITLE, ZH_SALUTATION, ZH_SPEECH_TITLE,
} from './cues';

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
  'titleSpeechGenre', 'titleOccasion', 'titleReportedSpeech', 'titleOtherGenre', 'titleReport', 'titleLetter', 'titleSpeakerPrefix',
  'descriptionSpeechWord', 'urlSpeechWord', 'urlNewsSection',
  'salutation', 'audienceAddress', 'speakerVoice', 'firstPersonPlural', 'secondPerson', 'speechSubtitle',
  'reporting', 'reportedSpeechInBody', 'documentBody', 'lawArticles', 'closingThanks', 'speakerLabels',
  'deliveryNote', 'stageDirection', 'shortText', 'isZh',
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

function countAll(text: string, re: RegExp): { count: number; first?: string } {
  re.lastIndex = 0;
  let count = 0;
  let first: string | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (count === 0) first = m[0];
    count++;
    if (m[0] === '') re.lastIndex++;
  }
  return { count, first };
}

function findIn(texts: string[], test: (t: string) => boolean): string | undefined {
  for (const t of texts) if (test(t)) return t;
  return undefined;
}

function flag(texts: string[], test: (t: string) => boolean): FeatureValue {
  const hit = findIn(texts, test);
  return hit === undefined ? { value: 0 } : { value: 1, evidence: clip(hit) };
}

function presence(text: string, re: RegExp): FeatureValue {
  const m = re.exec(text);
  return m ? { value: 1, evidence: clip(m[0]) } : { value: 0 };
}

function densityOf(text: string, re: RegExp, units: number): FeatureValue {
  const { count, first } = countAll(text, re);
  return count === 0 ? { value: 0 } : { value: density(count, units), evidence: `${count}× ${clip(first ?? '')}` };
}

// The speaker's own voice: "现在，我代表…", "下面，我讲三点意见", "我再强调".
// The speaker's own voice: "现在，我代表…", "下面，我讲三点意见", "在此，我谨代表…向…致以祝贺", "受…委托，我就…作说明".
const ZH_SPEAKER_VOICE = /(下面|现在|最后|在这里|在此|借此机会|今天)[，,]?我(谨?代表|讲|谈|想|就|再|着重|简要|们)|[，。：！]我(谨代表|代表.{1,20}向|就.{1,30}(作|做)(说明|报告))|受.{1,20}委托[，,]我|我来(作|做|讲|谈|说)|我(讲|谈)(.{0,12})(意见|看法|体会|要求|几点|三点|两点|四点|五点)|我再(强调|讲|说)|讲(几点|三点|两点|四点)意见|(致以|表示)(最|诚挚|衷心|热烈|崇高)?[的地]?(热烈|衷心|诚挚|崇高|亲切|美好)?的?(祝贺|问候|感谢|敬意|欢迎)/g;
const ZH_SALUTATION_IN_TEXT = /(同志们|同学们|老师们|朋友们|女士们|先生们|各位[^\s，。：:、]{1,8}|尊敬的[^。\n：:]{1,40}|亲爱的[^。\n：:]{1,20})[：:]/;
const ZH_AUDIENCE = /同志们|同学们|老师们|朋友们|女士们|先生们|各位|大家/g;
const ZH_WE = /我们|我国|我市|我校/g;
/** "——在…会议上的讲话" under a title that only names a study column. */
const ZH_SPEECH_SUBTITLE = /[—–-]{1,2}\s*在.{2,60}?(会|式|典礼|仪式|论坛|活动|班|上)上?的(讲话|致辞|发言|演讲|报告|总结讲话)|[（(]在.{2,60}?上的(讲话|致辞|发言|报告)[）)]/;
/** News about a speech: "发表重要讲话", "讲话中强调", "讲话精神". */
const ZH_REPORTED_SPEECH = /(发表|作了|做了)(重要|书面|视频|主旨|专题)?(讲话|演讲|致辞)|(?<![工写制创操著合协])作(重要|主旨|专题)?报告|讲话(中|时)?(强调|指出|表示)|在(讲话|致辞)中|讲话精神/g;
const ZH_LAW_ARTICLE = /第[一二三四五六七八九十百零〇]+条/g;
const ZH_CLOSING_IN_TEXT = /谢谢(大家|各位|！|!|。)/;
/**
 * CJK ideographs, and letters of scripts other than Latin and CJK (Greek, Cyrillic,
 * Hebrew, Arabic, Indic, Thai …), in one pass of char codes: a regular expression run
 * once per character would cost tens of milliseconds on a long Chinese page.
 */
function scriptCounts(text: string): { cjk: number; other: number } {
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 0x0370 && c <= 0x0e7f && !(c >= 0x0700 && c < 0x0900)) other++;
  }
  return { cjk, other };
}
const ZH_LETTER_TITLE = /(致|给).{1,20}的(一封)?信|公开信|倡议书|告.{1,12}书|慰问信|感谢信|贺信/;
/** "习近平：…", "马卫光书记：…" — a headline that names the speaker before a quotation. */
const ZH_SPEAKER_PREFIX = /(^|[|｜丨]\s*)[\u4e00-\u9fff]{2,4}(书记|主席|总理|部长|市长|省长|校长|院长|局长|主任|同志)?[：:]/;

// The patterns below run on the lower-cased text (one native toLowerCase instead of
// case-insensitive matching, which is several times slower on long pages).
const EN_VOCATIVE = /ladies and gentlemen|damen und herren|\b(mr\.?|madam) (speaker|president|chairman|chair)\b|\bmy lords\b|my fellow (americans|citizens)|\bdear (friends|colleagues)\b|liebe (freundinnen|freunde|kolleginnen|gemeinde|schwestern|brüder)/g;
const EN_SALUTATION_IN_TEXT = /\b(good (morning|afternoon|evening),? (everyone|everybody|all)|thank you (all )?(so much|very much)? for (having|inviting|coming)|it'?s (a|an|great) (great )?(honou?r|pleasure) to|i am (delighted|pleased|honou?red|very pleased) to (be|speak|join))|\b(sehr geehrte[rn]? |meine (sehr )?(verehrten|geehrten) |liebe[rn]? [a-zäöüß]+ und [a-zäöüß])/;
const EN_FIRST_PERSON = /\b(I|we|We|our|Our|us|ich|Ich|wir|Wir|uns|unser\w*|Unser\w*|mir|mich)\b/g;
const EN_SECOND_PERSON = /\b(you|You|your|Your|Ihnen|euch|Euch)\b/g;
const EN_THANKS = /\bthank you\b/g;
const EN_LABEL_IN_TEXT = /(?:THE (?:PRESIDENT|VICE PRESIDENT|PRIME MINISTER|FIRST LADY|SECRETARY)|(?:MR|MS|MRS|DR)\. [A-Z]{2,}|\bQ):\s/g;
const WORD = /[A-Za-z]{2,}/g;
const DELIVERY_NOTE = /as prepared for delivery|as delivered|check against delivery|es gilt das gesprochene wort/;
const STAGE_DIRECTION = /[([（](Applause|Laughter|Cheers|Beifall|Heiterkeit|掌声|热烈掌声|笑声)[.!。]?[)\]）]/;

const KICKER_SPEECH = /^(speech|oral statement|statement to parliament|remarks|transcript|keynote|address|讲话|致辞|演讲|发言)/i;
const KICKER_NEWS = /^(news|press release|news story|blog|opinion|analysis|interview|correspondence|guidance|policy paper|新闻|资讯|通知|公告)/i;
const URL_SPEECH = /speech|remarks|address|jianghua|zhici|讲话|致辞|rede/i;
const URL_NEWS = /\/(news|blog|article|press-releases?|story)\//i;

const ZH_REPORTED_SPEECH_ONCE = new RegExp(ZH_REPORTED_SPEECH.source);

function reportedTitle(t: string): boolean {
  return ZH_REPORTED_SPEECH_ONCE.test(t) || ZH_REPORTED_SPEECH_TITLE.test(t);
}

const LATIN_SPEAKER_VOICE = /\b(i am (delighted|pleased|honou?red|very pleased|proud|grateful) to|let me (begin|start|say|thank|turn|close)|i (want|wanted|would like|'d like) to (thank|talk|say|begin|start|speak|share)|thank you (all )?(so much |very much )?for (having|inviting|coming|being here)|it is (a|an|my) (great )?(honou?r|pleasure|privilege) to|ich (freue mich|danke ihnen|möchte ihnen|bin gern))/g;
const LATIN_REPORTED_SPEECH = /\b(in (his|her|a) speech|said in a (speech|statement)|(delivered|gave|made) (a|his|her) speech|told (the )?(audience|reporters|parliament))\b/g;
const LATIN_LETTER_TITLE = /\b(open letter|letter (to|from))\b/i;
const LATIN_SPEAKER_PREFIX = /^[A-Z][a-z]+( [A-Z][a-z]+)?: [“"']/;
const LATIN_LAW_ARTICLE = /\b(Article|Section|Artikel|§) ?\d+/g;
const ZH_SECOND_PERSON = /你们|您/g;
const ZH_LABELS = /(^|\n|\s)(主持人|记者|问|答|发言人)[：:]/g;

function anyTitle(texts: string[], zh: (t: string) => boolean, latin: (t: string) => boolean): FeatureValue {
  return flag(texts, (t) => zh(t) || latin(t));
}

function either(zh: FeatureValue, latin: FeatureValue): FeatureValue {
  return zh.value >= latin.value ? zh : latin;
}

export function stage1Features(input: PageSignals): Features {
  const { text } = input;
  const titleTexts = [...input.titles, ...input.headings.slice(0, 3)];
  const f: Partial<Record<Stage1Feature, FeatureValue>> = {};

  f.titleSpeechGenre = either(
    anyTitle(titleTexts, (t) => ZH_SPEECH_TITLE.test(t) && !reportedTitle(t), (t) => (EN_SPEECH_TITLE.test(t) && !EN_NOT_SPEECH_TITLE.test(t)) || DE_SPEECH_TITLE.test(t)),
    flag(input.kickers, (t) => KICKER_SPEECH.test(t)),
  );
  f.titleOccasion = anyTitle(titleTexts, (t) => ZH_NARRATIVE_TITLE.test(t), (t) => LATIN_NARRATIVE_TITLE.test(t) && !EN_NOT_SPEECH_TITLE.test(t));
  f.titleReportedSpeech = anyTitle(titleTexts, (t) => reportedTitle(t) && !ZH_NARRATIVE_TITLE.test(t), (t) => EN_SPEECH_TITLE.test(t) && EN_NOT_SPEECH_TITLE.test(t));
  f.titleOtherGenre = either(
    anyTitle(input.titles, (t) => ZH_DOCUMENT_TITLE.test(t) && !ZH_SPEECH_TITLE.test(t), (t) => EN_NOT_SPEECH_TITLE.test(t) && !EN_SPEECH_TITLE.test(t)),
    flag(input.kickers, (t) => KICKER_NEWS.test(t)),
  );
  f.titleReport = flag(titleTexts, (t) => /报告/.test(t));
  f.titleLetter = anyTitle(titleTexts, (t) => ZH_LETTER_TITLE.test(t), (t) => LATIN_LETTER_TITLE.test(t));
  f.titleSpeakerPrefix = anyTitle(titleTexts, (t) => ZH_SPEAKER_PREFIX.test(t), (t) => LATIN_SPEAKER_PREFIX.test(t));
  f.descriptionSpeechWord = flag([input.description], (t) => ZH_SPEECH_TITLE.test(t) || EN_SPEECH_TITLE.test(t));
  f.urlSpeechWord = flag([input.path], (t) => URL_SPEECH.test(t));
  f.urlNewsSection = flag([input.path], (t) => URL_NEWS.test(t));

  const { cjk, other } = scriptCounts(text);
  const isZh = cjk >= 200;
  f.isZh = { value: isZh ? 1 : 0, evidence: `${cjk} 字` };
  const lower = text.toLowerCase();
  f.deliveryNote = presence(lower, DELIVERY_NOTE);
  f.stageDirection = presence(text, STAGE_DIRECTION);
  if (isZh) {
    f.salutation = presence(text, ZH_SALUTATION_IN_TEXT);
    f.audienceAddress = densityOf(text, ZH_AUDIENCE, cjk);
    f.speakerVoice = countOf(text, ZH_SPEAKER_VOICE);
    f.firstPersonPlural = densityOf(text, ZH_WE, cjk);
    f.secondPerson = densityOf(text, ZH_SECOND_PERSON, cjk);
    f.speechSubtitle = presence(text, ZH_SPEECH_SUBTITLE);
    f.reporting = densityOf(text, ZH_REPORTING, cjk);
    f.reportedSpeechInBody = densityOf(text, ZH_REPORTED_SPEECH, cjk);
    f.documentBody = densityOf(text, ZH_DOCUMENT_BODY, cjk);
    f.lawArticles = atLeast(text, ZH_LAW_ARTICLE, 3);
    f.closingThanks = presence(text, ZH_CLOSING_IN_TEXT);
    f.speakerLabels = atLeast(text, ZH_LABELS, 2);
    f.shortText = { value: cjk < 800 ? 1 : 0, evidence: `${cjk} 字` };
  } else if (other < 200) {
    // Pages in other scripts get no text features: their Latin word counts would read as "short".
    const words = text.match(WORD)?.length ?? 0;
    f.salutation = presence(lower, EN_SALUTATION_IN_TEXT);
    f.audienceAddress = densityOf(lower, EN_VOCATIVE, words);
    f.speakerVoice = countOf(lower, LATIN_SPEAKER_VOICE);
    f.firstPersonPlural = densityOf(text, EN_FIRST_PERSON, words);
    f.secondPerson = densityOf(text, EN_SECOND_PERSON, words);
    f.reporting = densityOf(lower, EN_REPORTING, words);
    f.reportedSpeechInBody = densityOf(lower, LATIN_REPORTED_SPEECH, words);
    f.lawArticles = atLeast(text, LATIN_LAW_ARTICLE, 3);
    f.closingThanks = atLeast(lower, EN_THANKS, 2);
    f.speakerLabels = atLeast(text, EN_LABEL_IN_TEXT, 2);
    f.shortText = { value: words < 400 ? 1 : 0, evidence: `${words} words` };
  }
  return complete(f, STAGE1_FEATURES);
}

/** log(1 + occurrences): one explicit "我代表…" counts on a long page as on a short one. */
function countOf(text: string, re: RegExp): FeatureValue {
  const { count, first } = countAll(text, re);
  return count === 0 ? { value: 0 } : { value: Math.log1p(count), evidence: `${count}× ${clip(first ?? '')}` };
}

function atLeast(text: string, re: RegExp, min: number): FeatureValue {
  const { count, first } = countAll(text, re);
  return count >= min ? { value: Math.log1p(count), evidence: `${count}× ${clip((first ?? '').trim())}` } : { value: 0 };
}

/** A notice's signature block ends on its date: "…办公室 2024年3月1日". */
const ZH_DATE_LINE_END = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const NUMBERED_PARAGRAPH = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|[IVX]+\.\s)/;

export function stage2Features(page: PageText): Features {
  const { lines } = page;
  const f: Partial<Record<Stage2Feature, FeatureValue>> = {};
  const opening = lines.slice(0, 15);
  const closing = lines.slice(-6);
  const salutation = opening.find((l) => (l.text.length <= 60 && ZH_SALUTATION.test(l.text)) || EN_SALUTATION.test(l.text) || DE_SALUTATION.test(l.text));
  f.lineSalutation = salutation ? { value: 1, evidence: clip(salutation.text) } : { value: 0 };
  const thanks = closing.find((l) => ZH_CLOSING.test(l.text) || /^(thank you|god bless|danke)/i.test(l.text));
  f.lineClosing = thanks ? { value: 1, evidence: clip(thanks.text) } : { value: 0 };
  const titleLine = lines.slice(0, 8).find((l) => l.text.length <= 100 && (ZH_SPEECH_TITLE.test(l.text) || ZH_NARRATIVE_TITLE.test(l.text) || EN_SPEECH_TITLE.test(l.text)) && !reportedTitle(l.text));
  f.lineTitleSpeech = titleLine ? { value: 1, evidence: clip(titleLine.text) } : { value: 0 };
  const subtitle = lines.slice(0, 12).find((l) => l.text.length <= 100 && ZH_SPEECH_SUBTITLE.test(l.text));
  f.lineSubtitle = subtitle ? { value: 1, evidence: clip(subtitle.text) } : { value: 0 };
  let numbered = 0;
  let labels = 0;
  for (const line of lines) {
    if (NUMBERED_PARAGRAPH.test(line.text)) numbered++;
    if (EN_SPEAKER_LABEL.test(line.text)) labels++;
  }
  f.lineNumberedParas = { value: Math.log1p(numbered), evidence: `${numbered}` };
  f.lineSpeakerLabels = { value: Math.log1p(labels), evidence: `${labels}` };
  const dated = lines.slice(-4).find((l) => l.text.length <= 40 && ZH_DATE_LINE_END.test(l.text));
  f.lineDatedTail = dated ? { value: 1, evidence: clip(dated.text) } : { value: 0 };
  const byline = lines.slice(0, 10).find((l) => l.text.length <= 60 && BYLINE.test(l.text));
  f.lineByline = byline ? { value: 1, evidence: clip(byline.text) } : { value: 0 };
  return complete(f, STAGE2_FEATURES);
}

function complete<N extends string>(partial: Partial<Record<N, FeatureValue>>, names: readonly N[]): Features {
  const out: Features = {};
  for (const name of names) out[name] = partial[name] ?? { value: 0 };
  return out;
}
