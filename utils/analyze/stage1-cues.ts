// The vocabulary of stage 1 of detection, as word lists and a few checks around each hit
// (literal-scan.ts says why there are no regular expressions here). Each cue names one kind of
// evidence; the titles and body text it is run on are read by detect-input.ts.

import { both, findAny, followedBy, hasAny, markWithin, merge, notAfter, phrases, scan, scanCues, wholeWord, wordStart, type Accept, type Cue, type Hits } from './literal-scan';

// ---- Titles (document.title, og:title, the first headings, the label above the h1) ----

/** A title naming a speech genre: 讲话, 致辞 … (cues.ts builds ZH_SPEECH_TITLE from it). */
export const ZH_SPEECH_GENRES = ['讲话', '致辞', '致词', '发言', '演讲', '主持词', '串词', '献词', '贺词', '开幕词', '闭幕词', '欢迎词', '答谢词', '祝酒词', '讲稿', '寄语', '动员令', '党课'] as const;
const EN_SPEECH_WORDS = ['remarks', 'speech', 'address', 'keynote', 'lecture', 'sermon', 'eulogy', 'homily', 'toast', 'oration', 'commencement', 'statement to the house', 'as prepared for delivery', 'as delivered'];
const EN_NOT_SPEECH_WORDS = ['readout', 'press release', 'fact sheet', 'blog', 'interview', 'op-ed', 'news', 'report on', 'announce', 'announces', 'deliver', 'delivers', 'delivered'];
const DE_SPEECH_WORDS = ['Rede', 'Ansprache', 'Grußwort', 'Predigt', 'Andacht', 'Festrede', 'Laudatio', 'Festansprache', 'Regierungserklärung'];
const LATIN_OCCASION_GENRES = ['remarks', 'speech', 'address', 'rede', 'ansprache', 'grußwort', 'festrede'];
const LATIN_OCCASION_LINKS = ['at', 'to', 'before', 'on the occasion of', 'beim', 'bei der', 'bei dem', 'zum', 'zur', 'anlässlich', 'vor dem', 'vor der', 'auf dem', 'auf der'];
/** Administrative documents that share the 一、/（一） numbering. */
const ZH_DOCUMENT_GENRES = ['通知', '方案', '安排', '办法', '规定', '条例', '细则', '决定', '决议', '公告', '通告', '公示', '简报', '纪要', '须知', '指南', '章程', '议程', '守则', '制度', '计划', '要点', '清单', '名单', '法（'];
const ZH_LETTER_GENRES = ['公开信', '倡议书', '慰问信', '感谢信', '贺信', '一封信', '告全'];
/** A document-type label above the h1 ("Speech", "Oral statement to Parliament"). */
const KICKER_SPEECH = [...EN_SPEECH_WORDS, 'oral statement', 'statement to parliament', 'transcript', ...ZH_SPEECH_GENRES];
const KICKER_NEWS = ['news', 'press release', 'blog', 'opinion', 'analysis', 'interview', 'correspondence', 'guidance', 'policy paper', '新闻', '资讯', '通知', '公告'];
const URL_SPEECH = ['speech', 'remarks', 'address', 'jianghua', 'zhici', '讲话', '致辞', 'rede'];

export const zhSpeechTitle = (t: string) => hasAny(t, ZH_SPEECH_GENRES);
export const enSpeechTitle = (lower: string) => hasAny(lower, EN_SPEECH_WORDS, wholeWord);
export const enNotSpeechTitle = (lower: string) => hasAny(lower, EN_NOT_SPEECH_WORDS, wholeWord);
export const deSpeechTitle = (t: string) => hasAny(t, DE_SPEECH_WORDS, wholeWord);

/** The canonical narrative title: 在…会/式/典礼…上的讲话. */
const NARRATIVE_ENDS = phrases(['的'], ['讲话', '致辞', '发言', '演讲', '报告', '主持词']);
const VENUE_LAST_CHARS = '会式礼坛动节班日上';
const afterVenue: Accept = (text, at, end) => {
  // "会议上的讲话": 上 is itself a venue ending, as in the regular expression this replaces.
  if (at < 1 || !VENUE_LAST_CHARS.includes(text.charAt(at - 1))) return -1;
  const k = text.lastIndexOf('在', at - 3);
  return k >= 0 && at - k <= 64 ? end : -1;
};
export const zhNarrativeTitle = (t: string) => hasAny(t, NARRATIVE_ENDS, afterVenue);

/** "Remarks by X at …", "Rede von X beim …". */
export function latinNarrativeTitle(lower: string): boolean {
  return hasAny(lower, LATIN_OCCASION_GENRES, (text, at, end) => {
    if (wholeWord(text, at, end) < 0) return -1;
    const window = text.slice(end, end + 102);
    return hasAny(window, LATIN_OCCASION_LINKS, wholeWord) ? end : -1;
  });
}

export const zhDocumentTitle = (t: string) => hasAny(t, ZH_DOCUMENT_GENRES) || t.endsWith('法') || t.endsWith('条');
/** 公开信, 倡议书, 告全市人民书, 致…的（一封）信. */
export const zhLetterTitle = (t: string) => hasAny(t, ZH_LETTER_GENRES) || hasAny(t, ['的信', '的一封信'], markWithin('致', 22));
export const latinLetterTitle = (lower: string) => hasAny(lower, ['open letter', 'letter to', 'letter from'], wholeWord);
export const kickerSpeech = (lower: string) => KICKER_SPEECH.some((k) => lower.startsWith(k));
export const kickerNews = (lower: string) => KICKER_NEWS.some((k) => lower.startsWith(k));
export const urlSpeech = (lowerPath: string) => hasAny(lowerPath, URL_SPEECH);

// ---- News about a speech: 发表重要讲话, 讲话中强调, 讲话精神, 作了报告 ----

const SPEECH_MODIFIERS = ['', '重要', '书面', '视频', '主旨', '专题'];
const REPORTED_NOUNS = ['讲话', '演讲', '致辞'];
const REPORTED_SPEECH: Cue[] = [
  [['发表', '发表了', '作了', '做了'], phrases(SPEECH_MODIFIERS, REPORTED_NOUNS)],
  [REPORTED_NOUNS, ['强调', '指出', '表示', '中强调', '中指出', '中表示', '时', '精神']],
  [phrases(['在'], REPORTED_NOUNS), ['中']],
];
/** 作(重要)报告 as a verb phrase, never inside 工作报告 / 写作报告 / 创作报告. */
const MADE_A_REPORT = phrases(['作', '做', '作了', '做了'], phrases(SPEECH_MODIFIERS, ['报告']));
const ATTENDED_AND_SPOKE = followedBy(['并', '致辞', '讲话'], 20, '。');

/** Occurrences of reported-speech wording (a news story about a speech, or its headline). */
export function reportedSpeech(text: string): Hits {
  return merge(scanCues(text, REPORTED_SPEECH), scan(text, MADE_A_REPORT, notAfter('工写制创操著合协')), scan(text, ['出席'], ATTENDED_AND_SPOKE));
}

// ---- Body text, Chinese ----

/** "——在…会议上的讲话" under a title that only names a study column. */
const SUBTITLE_ENDS = phrases(['上的'], ['讲话', '致辞', '发言', '演讲', '报告', '总结讲话']);
/** Where the last non-blank character before `at` stands (-1 when there is none). */
function indexBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && text.charAt(i).trim() === '') i--;
  return i;
}

/** The last non-blank character before `at` ('' at the start). */
const charBefore = (text: string, at: number) => text.charAt(indexBefore(text, at));

const asciiDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
const digitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return asciiDigitAt(text, i) || (c >= 0xff10 && c <= 0xff19);
};
const DASHES = '—–-';
const underDashOrParen: Accept = (text, at, end) => {
  const k = text.lastIndexOf('在', at - 2);
  if (k < 0 || at - k > 62) return -1;
  const c = charBefore(text, k);
  return c !== '' && (DASHES + '（(').includes(c) ? end : -1;
};
/** "——致…高峰会议": a text dedicated to an occasion, the subtitle ending on it (not "…大会的贺信"). */
const OCCASIONS = ['会议', '大会', '峰会', '论坛', '年会', '典礼', '开幕式', '闭幕式', '晚会', '盛会'];
const SUBTITLE_STOPS = '。，；：！？\n';
/** Verbs that start with 致 (致敬, 致力 …): not a dedication. */
const NOT_DEDICATION = '敬力使以谢电函意富命';
const toAnOccasion: Accept = (text, at, end) => {
  // A dash of its own ("——", "—", "--"); one ASCII hyphen is as often a title's separator.
  const dash = charBefore(text, at);
  if (dash === '' || !DASHES.includes(dash)) return -1;
  if (dash === '-' && charBefore(text, text.lastIndexOf('-', at - 1)) !== '-') return -1;
  if (NOT_DEDICATION.includes(text.charAt(end))) return -1;
  const limit = Math.min(text.length, end + 40);
  for (let i = end; i < limit; i++) {
    if (SUBTITLE_STOPS.includes(text.charAt(i))) return -1;
    for (const occasion of OCCASIONS) {
      if (!text.startsWith(occasion, i)) continue;
      // The subtitle ends on the occasion, or on a closing quote around it ("——致“厚积薄发”高峰会议").
      let after = i + occasion.length;
      if ('”"'.includes(text.charAt(after)) && after < text.length) after++;
      if (after === text.length || text.charAt(after).trim() === '') return after;
    }
  }
  return -1;
};
export const zhSpeechSubtitle = (text: string) => findAny(text, SUBTITLE_ENDS, underDashOrParen) ?? findAny(text, ['致'], toAnOccasion);

const colon = followedBy(['：', ':']);
/** `end` is just past a colon: refuse it when figures stand on both sides of it (6：00). */
const notATime: Accept = (text, _at, end) => (digitAt(text, end - 2) && digitAt(text, end) ? -1 : end);
/** 同志们： / 各位代表： / 尊敬的…： / 亲爱的…： / the spoken greeting 大家好！ (the analyser's ZH_SALUTATION words). */
const SALUTATION_ENDS: Record<string, Accept> = {
  ...Object.fromEntries(['同志们', '同学们', '老师们', '朋友们', '女士们', '先生们', '家长们', '代表们', '来宾们'].map((word) => [word, colon])),
  大家好: followedBy(['！', '!', '，', ',']),
  // "各位教师在晚上6：00…": a colon between figures is a time, not a salutation's.
  各位: both(followedBy(['：', ':'], 8, ' \n\t，。、'), notATime),
  尊敬的: followedBy(['：', ':'], 40, '。\n'),
  亲爱的: followedBy(['：', ':'], 20, '。\n'),
};
export const zhSalutation = (text: string) =>
  scan(text, Object.keys(SALUTATION_ENDS), (t, at, end) => SALUTATION_ENDS[t.slice(at, end)]!(t, at, end)).first;

export const ZH_AUDIENCE = ['同志们', '同学们', '老师们', '朋友们', '女士们', '先生们', '各位', '大家'];

/**
 * The speaker turning to the audience between sentences: "…氛围。同志们，80多年前…",
 * "… today. Mr Speaker, …". Only a speech does this; news quotes it inside quotation marks.
 */
const TURN_VOCATIVES = [
  '同志们', '同学们', '朋友们', '老师们', '女士们', '先生们', '各位代表', '各位来宾', '各位嘉宾', '各位同事', '各位领导',
  'ladies and gentlemen', 'my friends', 'my fellow americans', 'mr speaker', 'mr. speaker', 'madam speaker', 'mr president', 'mr. president',
  'dear friends', 'dear colleagues', 'meine damen und herren', 'liebe freunde',
];
const SENTENCE_ENDS = '。！？.!?';
/** How far back an opening “ still holds the text in a quotation. */
const QUOTE_CHARS = 600;
const betweenSentences: Accept = (text, at, end) => {
  if (end >= text.length || !'，,！!'.includes(text.charAt(end))) return -1;
  const i = indexBefore(text, at);
  if (i < 0 || !SENTENCE_ENDS.includes(text.charAt(i))) return -1;
  // "1.同学们，" is a list item's number, not a sentence's end.
  if (text.charAt(i) === '.' && asciiDigitAt(text, i - 1)) return -1;
  // Inside a quotation: a news story quoting the speaker ("…。同志们，加油！”).
  const open = text.lastIndexOf('“', at);
  return open >= 0 && open > text.lastIndexOf('”', at) && at - open <= QUOTE_CHARS ? -1 : end + 1;
};
/** Run on the original text for Chinese, on the lower-cased text for Latin scripts. */
export const audienceTurns = (text: string) => scan(text, TURN_VOCATIVES, betweenSentences);
export const ZH_WE = ['我们', '我国', '我市', '我校'];

/** The speaker's own voice: "现在，我代表…", "下面，我讲三点意见", "在此，我谨代表…向…致以祝贺". */
const VOICE_OPENERS = ['下面', '现在', '最后', '在这里', '在此', '借此机会', '今天'];
const VOICE_VERBS = ['代表', '讲', '谈', '想', '就', '再', '着重', '简要', '们'];
const ZH_VOICE: Cue[] = [
  [VOICE_OPENERS, phrases(['，我', '我'], VOICE_VERBS)],
  // "首先，我代表…", "这里，我就…讲一些意见": only with a speaker's verb ("首先，我们" opens any article's point).
  [['首先', '这里'], phrases(['，我', '我'], ['代表', '谨', '就'])],
  '我谨代表', '今天在这里', '今天我们在这里', '在座的', '委托，我', '我来作', '我来做', '我来讲', '我来谈', '我来说', '我再强调', '我再讲', '我再说',
  [['我讲', '我谈', '讲'], ['几点', '三点', '两点', '四点', '五点']],
  [['我讲', '我谈'], ['一些', '点']],
  // The speaker announcing the speech's own plan: "这里，我讲3个问题", "我重点讲两个方面".
  [['我讲', '我谈', '重点讲', '着重讲', '主要讲'], phrases(['几', '两', '三', '四', '五', '2', '3', '4', '5'], ['个问题', '个方面'])],
];
const HONOURS = ['祝贺', '问候', '感谢', '敬意', '欢迎'];
export function zhSpeakerVoice(text: string): Hits {
  return merge(scanCues(text, ZH_VOICE), scan(text, ['致以', '表示衷心', '表示热烈', '表示诚挚', '表示最'], followedBy(HONOURS, 8, '，。；')));
}

/** Words of reported speech in news: 表示，/ 指出， / 记者 / 据…报道. */
const ZH_REPORTING = [...phrases(['表示', '指出', '强调', '介绍', '认为', '透露'], ['，', ',', '：', ':']), '记者', '新华社', '通讯员', '本报讯', '本网讯'];
export function zhReporting(text: string): Hits {
  return merge(scan(text, ZH_REPORTING), scan(text, ['称，', '称：'], notAfter('声宣号简名')), scan(text, ['报道'], markWithin('据', 14)));
}

/** The fixed phrases of notices and announcements. */
const ZH_DOCUMENT_BODY = ['特此通知', '特此公告', '附件：', '附件:', '附件1', '附件2', '附件一', '联系人：', '联系人:', '联系电话', '报名方式', '截止时间', '参加对象：', '参加人员：', '请各单位', '请各部门', '请各学校'];
export function zhDocumentBody(text: string): Hits {
  return merge(scan(text, ZH_DOCUMENT_BODY), scan(text, ['通知如下', '公布如下'], markWithin('现将', 34)));
}

export const ZH_CLOSING_WORDS = ['谢谢大家', '谢谢各位', '谢谢！', '谢谢!', '谢谢。'];
// ---- Body text, Latin script (run on the lower-cased text unless said otherwise) ----

const DELIVERY_NOTES = ['as prepared for delivery', 'as delivered', 'check against delivery', 'es gilt das gesprochene wort'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORDS = [...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept'];
/** A date follows ("Delivered on: 18 May 2016", "…: May 18, 2016"), not an empty field or other words. */
const dated: Accept = (text, at, end) => {
  if (wholeWord(text, at, end) < 0) return -1;
  let i = end;
  while (i < text.length && i < end + 12 && text.charAt(i).trim() === '') i++;
  if (asciiDigitAt(text, i)) return end;
  return MONTH_WORDS.some((m) => text.startsWith(m, i) && wholeWord(text, i, i + m.length) >= 0) ? end : -1;
};
/** A note that the text was, or is to be, delivered: "As prepared for delivery", a "Delivered on:" date. */
export const deliveryNote = (lower: string) => findAny(lower, DELIVERY_NOTES, wholeWord) ?? findAny(lower, ['delivered on:', 'date delivered:'], dated);
const DIRECTIONS = ['applause', 'laughter', 'cheers', 'beifall', 'heiterkeit', '掌声', '笑声'];
const inBrackets: Accept = (text, at, end) => {
  let i = at - 1;
  if (text.startsWith('热烈', i - 1)) i -= 2;
  if (i < 0 || !'([（'.includes(text.charAt(i))) return -1;
  let j = end;
  if (j < text.length && '.!。'.includes(text.charAt(j))) j++;
  return j < text.length && ')]）'.includes(text.charAt(j)) ? j + 1 : -1;
};
/** (Applause.) [Laughter] （掌声）: a transcript's stage directions. */
export const stageDirections = (lower: string) => scan(lower, DIRECTIONS, inBrackets);

const EN_VOCATIVES: Cue[] = [
  'ladies and gentlemen', 'damen und herren', 'my lords', 'dear friends', 'dear colleagues',
  [['my fellow '], ['americans', 'citizens']],
  [['mr ', 'mr. ', 'madam '], ['speaker', 'president', 'chairman', 'chair']],
  [['liebe '], ['freundinnen', 'freunde', 'kolleginnen', 'gemeinde', 'schwestern', 'brüder']],
];
export const latinVocatives = (lower: string) => scanCues(lower, EN_VOCATIVES, wholeWord);

const PLEASED = ['delighted', 'pleased', 'honored', 'honoured', 'very pleased'];
const THANK_YOU_FOR = (reasons: string[]) => phrases([' ', ' all ', ' so much ', ' very much '], phrases(['for '], reasons));
const HONOUR_TO = phrases(['', 'great '], phrases(['honour', 'honor', 'pleasure', 'privilege'], [' to']));
// "Thank you for having me" and "it is an honour to" are the speaker's voice (LATIN_VOICE).
const LATIN_OPENINGS: Cue[] = [
  'sehr geehrte', 'meine sehr verehrten', 'meine verehrten', 'meine sehr geehrten', 'meine geehrten',
  [['good morning', 'good afternoon', 'good evening'], [' everyone', ' everybody', ' all', ', everyone', ', everybody', ', all']],
];
/** An opening that greets the audience: "Good morning, everyone", "Sehr geehrte …". */
export const latinSalutation = (lower: string) => scanCues(lower, LATIN_OPENINGS, wordStart).first;

const LATIN_VOICE: Cue[] = [
  [['i am ', "i'm "], phrases([...PLEASED, 'proud', 'grateful'], [' to'])],
  [['let me '], ['begin', 'start', 'say', 'thank', 'turn', 'close', 'conclude', 'end', 'also', 'now']],
  [['i want to ', 'i would like to ', "i'd like to "], [
    'thank', 'talk', 'say', 'begin', 'start', 'speak', 'share', 'make', 'welcome', 'update', 'pay tribute', 'congratulate', 'acknowledge', 'recognise',
    'recognize', 'express', 'set out', 'focus', 'reflect', 'highlight', 'emphasise', 'emphasize',
  ]],
  [['thank you'], THANK_YOU_FOR(['having', 'inviting', 'coming', 'being here'])],
  [['it is '], phrases(['a ', 'an ', 'my '], HONOUR_TO)],
  // An oral statement's own frame, and a speaker standing before an audience.
  'with permission', 'i commend this', 'here today', 'with us today', 'to be here', 'to be with you', 'lassen sie mich', 'ich bin heute', 'heute hier', 'hier zu sein',
  'bei ihnen zu sein', 'zu ihnen gekommen', 'ich freue mich', 'ich danke ihnen', 'ich möchte ihnen',
];
/** The speaker's own voice: "Let me begin…", "I am delighted to…". */
export const latinSpeakerVoice = (lower: string) => scanCues(lower, LATIN_VOICE, wordStart);

const LATIN_REPORTED = ['in his speech', 'in her speech', 'in a speech', 'said in a speech', 'said in a statement', ...phrases(['delivered ', 'gave ', 'made '], ['a speech', 'his speech', 'her speech']), 'told the audience', 'told audience', 'told reporters', 'told the reporters', 'told parliament', 'told the parliament'];
export const latinReportedSpeech = (lower: string) => scan(lower, LATIN_REPORTED, wholeWord);
export const latinReporting = (lower: string) => scan(lower, ['said', 'says', 'told', 'according to', 'reported', 'spokesperson', 'spokesman', 'spokeswoman'], wholeWord);

/** Case-sensitive, on the original text: "US" is not "us". */
export const latinFirstPerson = (text: string) =>
  merge(scan(text, ['I', 'we', 'We', 'our', 'Our', 'us', 'ich', 'Ich', 'wir', 'Wir', 'uns', 'mir', 'mich'], wholeWord), scan(text, ['unser', 'Unser'], wordStart));
export const latinThanks = (lower: string) => scan(lower, ['thank you'], wholeWord);
