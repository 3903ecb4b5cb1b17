// Cheap speech-page detector: a weighted sum of genre signals over a bounded slice of the
// page, squashed into a 0..1 confidence. Every signal keeps a short evidence excerpt.

import type { Detection, DetectionSignal } from './types';
import { mayBeSpeech } from './gate';
import { readPageText, type PageText } from './page-text';
import {
  DE_SALUTATION, DE_SPEECH_TITLE, DE_SPOKEN_WORD, EN_NOT_SPEECH_TITLE, EN_PREPARED, EN_REPORTING, EN_SALUTATION,
  EN_SPEAKER_LABEL, EN_SPEECH_TITLE, LATIN_NARRATIVE_TITLE, STAGE_DIRECTION_GLOBAL, ZH_AUDIENCE_WORDS, ZH_CLOSING, ZH_DOCUMENT_BODY,
  ZH_DOCUMENT_TITLE, ZH_NARRATIVE_TITLE, ZH_REPORTED_SPEECH_TITLE, ZH_REPORTING, ZH_SALUTATION, ZH_SPEECH_TITLE,
} from './cues';

/** Score at which a page counts as a speech (confidence 0.5). */
const THRESHOLD = 3;

type SignalSink = (name: string, weight: number, evidence?: string) => void;

export function detectSpeech(doc: Document, url: string): Detection {
  if (!mayBeSpeech(doc, url)) return { isSpeech: false, confidence: 0, signals: [{ name: 'no-speech-cues', weight: 0 }], lang: 'other' };
  return detectFromPageText(readPageText(doc), url);
}

export function detectFromPageText(page: PageText, url: string): Detection {
  const signals: DetectionSignal[] = [];
  const add: SignalSink = (name, weight, evidence) => {
    signals.push(evidence === undefined ? { name, weight } : { name, weight, evidence: evidence.slice(0, 80) });
  };
  addTitleSignals(page, add);
  addOpeningAndClosingSignals(page, add);
  addDensitySignals(page, add);
  addUrlSignals(url, add);
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  const confidence = 1 / (1 + Math.exp(-(score - THRESHOLD)));
  return { isSpeech: score >= THRESHOLD, confidence: Math.round(confidence * 1000) / 1000, signals, lang: page.lang };
}

function firstMatch(texts: string[], re: RegExp): string | undefined {
  return texts.find((t) => re.test(t));
}

function addTitleSignals(page: PageText, add: SignalSink): void {
  const { titles } = page;
  const reported = firstMatch(titles, ZH_REPORTED_SPEECH_TITLE);
  const zhSpeech = titles.find((t) => ZH_SPEECH_TITLE.test(t) && !ZH_REPORTED_SPEECH_TITLE.test(t));
  if (zhSpeech) add('title-speech-word', 2, zhSpeech);
  const narrative = firstMatch(titles, ZH_NARRATIVE_TITLE);
  if (narrative) add('title-narrative', 1.5, narrative);
  if (reported && !zhSpeech) add('title-reported-speech', -2, reported);
  const documentTitle = titles.slice(0, 3).find((t) => ZH_DOCUMENT_TITLE.test(t) && !ZH_SPEECH_TITLE.test(t));
  if (documentTitle) add('title-document', -2.5, documentTitle);

  const enSpeech = titles.find((t) => EN_SPEECH_TITLE.test(t) && !EN_NOT_SPEECH_TITLE.test(t));
  if (enSpeech) add('title-speech-word', 2, enSpeech);
  const enNot = titles.slice(0, 2).find((t) => EN_NOT_SPEECH_TITLE.test(t) && !EN_SPEECH_TITLE.test(t));
  if (enNot) add('title-not-speech', -1.5, enNot);
  const de = firstMatch(titles, DE_SPEECH_TITLE);
  if (de) add('title-speech-word', 2, de);
  const occasion = titles.find((t) => LATIN_NARRATIVE_TITLE.test(t) && !EN_NOT_SPEECH_TITLE.test(t));
  if (occasion) add('title-narrative', 1, occasion);
}

function addOpeningAndClosingSignals(page: PageText, add: SignalSink): void {
  const { lines } = page;
  const opening = lines.slice(0, 15);
  const salutation = opening.find((l) => l.text.length <= 60 && ZH_SALUTATION.test(l.text))
    ?? opening.find((l) => EN_SALUTATION.test(l.text) || DE_SALUTATION.test(l.text));
  if (salutation) add('salutation', 2, salutation.text);
  const closing = lines.slice(-6).find((l) => ZH_CLOSING.test(l.text) || /^(thank you|god bless|danke)/i.test(l.text));
  if (closing) add('closing', 1, closing.text);
  const disclaimer = lines.slice(0, 30).find((l) => DE_SPOKEN_WORD.test(l.text) || EN_PREPARED.test(l.text));
  if (disclaimer) add('delivery-note', 2.5, disclaimer.text);
  let labels = 0;
  let firstLabel = '';
  for (const line of lines) {
    if (EN_SPEAKER_LABEL.test(line.text)) {
      if (labels === 0) firstLabel = line.text;
      labels++;
    }
  }
  if (labels >= 2) add('speaker-labels', 1.5, firstLabel);
}

function countMatches(lines: PageText['lines'], re: RegExp): { count: number; evidence: string } {
  let count = 0;
  let evidence = '';
  for (const line of lines) {
    re.lastIndex = 0;
    const found = line.text.match(re);
    if (found) {
      if (count === 0) evidence = found[0];
      count += found.length;
    }
  }
  return { count, evidence };
}

// English and German pronouns of a speaker talking to an audience.
const FIRST_PERSON = /\b(I|[Ww]e|[Oo]ur|[Uu]s|[Ii]ch|[Mm]ich|[Mm]ir|[Ww]ir|[Uu]ns|[Uu]nser\w*)\b/g;
const SECOND_PERSON = /\b(you|your|Ihnen|Ihr|Ihre\w*|euch|ihr)\b/gi;
const VOCATIVE = /ladies and gentlemen|damen und herren|\b(mr\.?|madam) (speaker|president|chairman|chair)\b|\bmy lords\b|my fellow (americans|citizens)|liebe (freundinnen|schwestern|brüder|kolleginnen|gemeinde)/gi;

function addDensitySignals(page: PageText, add: SignalSink): void {
  const { lines, cjkChars, words } = page;
  const stage = countMatches(lines, STAGE_DIRECTION_GLOBAL);
  if (stage.count > 0) add('stage-direction', 2, stage.evidence);

  if (page.lang === 'zh') {
    const perK = 1000 / Math.max(cjkChars, 1);
    const audience = countMatches(lines, ZH_AUDIENCE_WORDS);
    const we = countMatches(lines, /我们/g);
    const reporting = countMatches(lines, ZH_REPORTING);
    const documentBody = countMatches(lines, ZH_DOCUMENT_BODY);
    add('audience-density', Math.min(2, audience.count * perK * 0.4), `${audience.count}`);
    add('we-density', Math.min(1.5, we.count * perK * 0.15), `${we.count}`);
    if (reporting.count > 0) add('reporting-words', -Math.min(3, reporting.count * perK * 0.6), reporting.evidence);
    if (documentBody.count > 0) add('document-body', -Math.min(3, documentBody.count), documentBody.evidence);
    const articles = lines.filter((l) => /^第[一二三四五六七八九十百零〇]+条/.test(l.text)).length;
    if (articles >= 3) add('law-articles', -4, `${articles}`);
    if (cjkChars < 500) add('short-text', -2, `${cjkChars}`);
  } else {
    const perK = 1000 / Math.max(words, 1);
    const firstPerson = countMatches(lines, FIRST_PERSON);
    const secondPerson = countMatches(lines, SECOND_PERSON);
    const vocatives = countMatches(lines, VOCATIVE);
    if (vocatives.count > 0) add('vocative', Math.min(2, vocatives.count), vocatives.evidence);
    const reporting = countMatches(lines, EN_REPORTING);
    add('first-person-density', Math.min(1.2, firstPerson.count * perK * 0.03), `${firstPerson.count}`);
    add('second-person-density', Math.min(0.6, secondPerson.count * perK * 0.04), `${secondPerson.count}`);
    if (reporting.count > 0) add('reporting-words', -Math.min(3, reporting.count * perK * 0.3), reporting.evidence);
    if (words < 250) add('short-text', -2, `${words}`);
  }
}

function addUrlSignals(url: string, add: SignalSink): void {
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return;
  }
  if (/speech|remarks|address|jianghua|zhici|讲话|致辞|rede/i.test(path)) add('url-speech-word', 1, path);
  if (/\/(news|blog|article|press-releases?)\//i.test(path)) add('url-news-section', -0.5, path);
}
