import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzePage } from '../../../utils/analyze';
import { outlineForDraft } from '../../../utils/reader/excerpt-session';
import { compactPath, debounce, resumeIndex, warnOnce } from '../../../utils/reader/resume';
import { clipSection } from '../../../utils/reader/section-clip';
import { pageOf, filler } from '../analyze/html';

const speech = pageOf(
  ['<h1>在全市教育工作会议上的讲话</h1>', '同志们：', filler(120), '一、提高站位', filler(100, '关于站位的正文内容'), '（一）认识意义', filler(300, '关于认识的正文内容'), '（二）把握要求', filler(100, '关于要求的正文内容'), '二、压实责任', filler(100, '关于责任的正文内容'), '谢谢大家！'],
  '在全市教育工作会议上的讲话',
);
const analysis = analyzePage(speech, 'https://example.org/speech', { force: true })!;
const index = (text: string) => analysis.outline.findIndex((item) => item.text.startsWith(text));

describe('clipSection: "摘录本节" and its cap', () => {
  it('refuses a section longer than the cap, saying how long it is', () => {
    const whole = clipSection(analysis.outline, analysis.root, index('一、'), 1_000_000);
    expect(whole.ok).toBe(true);
    const chars = whole.ok ? whole.chars : 0;
    expect(chars).toBeGreaterThan(300);
    const refused = clipSection(analysis.outline, analysis.root, index('一、'), chars - 1);
    expect(refused).toEqual({ ok: false, reason: 'too-long', chars, max: chars - 1 });
    // Exactly at the cap is still one excerpt.
    expect(clipSection(analysis.outline, analysis.root, index('一、'), chars).ok).toBe(true);
  });

  it('a subsection is shorter than its parent; an item that is not there is not found', () => {
    const parent = clipSection(analysis.outline, analysis.root, index('一、'), 1_000_000);
    const child = clipSection(analysis.outline, analysis.root, index('（一）'), 1_000_000);
    expect(parent.ok && child.ok && child.chars < parent.chars).toBe(true);
    expect(clipSection(analysis.outline, analysis.root, 99)).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('resumeIndex: the remembered section on today\'s page', () => {
  const texts = ['一、提高站位', '（一）认识意义', '二、压实责任'];
  it('keeps the index when its heading still matches, else finds the heading, else none', () => {
    expect(resumeIndex(texts, { index: 2, sectionPath: ['二、压实责任'] })).toBe(2);
    expect(resumeIndex(texts, { index: 5, sectionPath: ['一、提高站位', '（一）认识意义'] })).toBe(1);
    expect(resumeIndex(texts, { index: 1, sectionPath: ['三、加强领导'] })).toBeNull();
    expect(resumeIndex(texts, { index: 0, sectionPath: [] })).toBeNull();
  });
});

describe('warnOnce', () => {
  it('logs the first failure with what failed, and none after it', () => {
    const log = vi.fn();
    const warn = warnOnce('reading position not available', log);
    const first = new TypeError('keys() is not iterable');
    warn(first);
    warn(new Error('again'));
    expect(log.mock.calls).toEqual([['[Lectern] reading position not available:', first]]);
  });
});

describe('debounce', () => {
  afterEach(() => vi.useRealTimers());
  it('runs once with the last arguments after calls stop; flush runs now; cancel drops', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 1_000);
    d(1);
    vi.advanceTimersByTime(600);
    d(2);
    vi.advanceTimersByTime(600);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(fn).toHaveBeenCalledExactlyOnceWith(2);
    d(3);
    d.flush();
    expect(fn).toHaveBeenLastCalledWith(3);
    d(4);
    d.cancel();
    vi.advanceTimersByTime(2_000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe('outlineForDraft', () => {
  it('keeps level and text of every item, within the draft schema', () => {
    const outline = outlineForDraft(analysis);
    expect(outline.map((line) => line.text)).toEqual(analysis.outline.map((item) => item.text));
    expect(outline.every((line) => line.level >= 1 && line.level <= 12)).toBe(true);
  });
});

describe('compactPath: the resume line\'s short form', () => {
  it('keeps the section in full and its ancestors by their numbering', () => {
    expect(compactPath(['二、科学回答…的重要命题', '（三）创造全面协调、绿色低碳的好政绩'])).toBe('二、（三）创造全面协调、绿色低碳的好政绩');
    expect(compactPath(['三、加强领导', '(二)压实责任', '1. 建立台账'])).toBe('三、(二)1. 建立台账');
    expect(compactPath(['一、统一思想'])).toBe('一、统一思想');
  });
  it('falls back to the whole path where an ancestor has no numbering', () => {
    expect(compactPath(['Opening remarks', 'The economy'])).toBe('Opening remarks › The economy');
    expect(compactPath([])).toBe('');
  });
});
