// The date and byline cues as gated functions: the same answers as the single patterns they
// replace, on hand-picked lines and on every line of real pages, and a Chinese speech never
// runs (so never compiles) the English and German patterns that need a Latin line start.
// (A stage direction's pattern still runs on a Chinese line holding "(WORD版)": it could match.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outlineFromLines } from '../../../utils/analyze/outline';
import { speakerTurnsFromLines } from '../../../utils/analyze/speakers';
import { collectLines } from '../../../utils/analyze/blocks';
import { EN_SALUTATION, hasDate, isByline, startsLatin } from '../../../utils/analyze/cues';
import { parseDoc } from './html';

const FIXTURES = join(__dirname, '../../fixtures');

// The patterns as they were before the split, kept here as the oracle.
const ONE_DATE_PATTERN =
  /\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\b\d{1,2}\.? (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) \d{4}|^\d{4}[.\-/]\d{1,2}([.\-/]\d{1,2})?$|\b\d{1,2}:\d{2} ?[ap]\.?m\.?/i;
const ONE_BYLINE_PATTERN =
  /^(as prepared|as delivered|check against|office of the|for immediate release|the white house|transcript|by |作者|来源|发布时间|撰稿|编辑|责任编辑|主讲|讲话人)/i;

const PAGES = [
  'demo/wentop-speech.html',
  'corpus/whitehouse-speech-dl/inaugural-address.html',
  'corpus/whitehouse-speech-dl/interview-vice-president-kktx-radio-1360.html',
  'corpus/gne/sina-news-1.html',
];
const linesOf = (page: string) => collectLines(parseDoc(readFileSync(join(FIXTURES, page), 'utf8')).body).map((line) => line.text);

const DATES: Array<[string, boolean]> = [
  ['2023年5月8日', true],
  ['2023 年 12 月', true],
  ['5月8日上午', true],
  ['2023-05-08', true],
  ['2023/5', true],
  ['May 8, 2023', true],
  ['January 20, 2017', true],
  ['8. Mai 2023', true],
  ['12 März 2020', true],
  ['Posted at 10:30 a.m.', true],
  ['一、牢牢把握“为谁创造政绩”的根本立场', false],
  ['五月的花海', false],
  ['Maybe 8 things', false],
  ['20230508', false],
];
const BYLINES: Array<[string, boolean]> = [
  ['As prepared for delivery', true],
  ['THE WHITE HOUSE', true],
  ['By Jane Doe', true],
  ['作者：王某', true],
  ['责任编辑：李某', true],
  ['Bystanders gathered', false],
  ['同志们：', false],
  ['“作者”一词', false],
];

describe.each([
  ['hasDate', hasDate, ONE_DATE_PATTERN, DATES],
  ['isByline', isByline, ONE_BYLINE_PATTERN, BYLINES],
] as const)('%s', (_name, cue, oracle, cases) => {
  it.each(cases)('%s → %s', (text, expected) => {
    expect(cue(text)).toBe(expected);
    expect(oracle.test(text)).toBe(expected);
  });
});

describe('startsLatin', () => {
  it.each([
    ['Thank you', true],
    ['ladies', true],
    ['1. First', true],
    ['Über uns', true],
    ['同志们', false],
    ['（一）', false],
    ['“Quote”', false],
    ['', false],
  ])('%s → %s', (text, expected) => expect(startsLatin(text)).toBe(expected));
});

describe('the split cues on every line of real pages', () => {
  it.each(PAGES)('%s: the same answers as the single patterns', (page) => {
    const lines = linesOf(page);
    expect(lines.length).toBeGreaterThan(20);
    const differs = lines.filter((text) => hasDate(text) !== ONE_DATE_PATTERN.test(text) || isByline(text) !== ONE_BYLINE_PATTERN.test(text));
    expect(differs).toEqual([]);
  });
});

describe('on a Chinese speech', () => {
  const exec = RegExp.prototype.exec;
  afterEach(() => {
    RegExp.prototype.exec = exec;
  });

  it('runs none of the patterns that need a Latin first letter or a Latin date (each would be compiled for nothing)', () => {
    const doc = parseDoc(readFileSync(join(FIXTURES, 'demo/wentop-speech.html'), 'utf8'));
    const run = new Set<string>();
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      run.add(this.source);
      return exec.call(this, text);
    };
    // Every line of the page, menus and bold links included, through the line stages.
    const lines = collectLines(doc.body);
    const outline = outlineFromLines(lines);
    speakerTurnsFromLines(lines);
    RegExp.prototype.exec = exec;
    expect(outline.length).toBeGreaterThan(5);
    const latinOnly = [...run].filter((source) => /januar|ladies and gentlemen|sehr geehrte|as prepared|\\p\{L\}|THE \[A-Z\]|Ä/.test(source));
    expect(latinOnly).toEqual([]);
    // The probe itself works: an English salutation goes through it.
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      run.add(this.source);
      return exec.call(this, text);
    };
    EN_SALUTATION.test('Ladies and gentlemen,');
    RegExp.prototype.exec = exec;
    expect([...run].some((source) => source.includes('ladies and gentlemen'))).toBe(true);
  });
});
