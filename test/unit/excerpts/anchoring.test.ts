import { afterEach, describe, expect, it } from 'vitest';
import { anchorExcerpt, describeRange, locateQuote, sectionRangesFromHeadings } from '../../../utils/excerpts/anchoring';
import { errorBudget } from '../../../utils/excerpts/fuzzy-quote';
import { highlightRange } from '../../../utils/excerpts/highlight';
import type { Anchor } from '../../../utils/excerpts/model';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets } from '../../../utils/excerpts/text-index';

const SPEECH = `
  <h1>在全县高质量发展动员大会上的讲话</h1>
  <p>同志们：今天召开大会，主要任务是<b>统一思想</b>、凝聚共识。</p>
  <h2>一、提高政治站位</h2>
  <p>人民群众是历史的创造者，是我们力量的源泉。我们要<em>始终</em>坚持以人民为中心的发展思想。</p>
  <script>var ignored = "人民群众是历史的创造者";</script>
  <h2>二、狠抓工作落实</h2>
  <p>落实是最好的担当。群众的事情再小也是大事，要把群众的冷暖放在心上。</p>
  <p>人民群众是历史的创造者，也是改革发展的主体力量。</p>
  <aside data-lectern-ui>摘录 人民群众</aside>
`;

function mount(html = SPEECH): HTMLElement {
  const root = document.createElement('article');
  // Test fixture only: the library code never parses HTML.
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** A Range over the n-th occurrence of `needle` in root's indexed text. */
function select(root: Element, needle: string, occurrence = 0): Range {
  const index = buildTextIndex(root);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in fixture: ${needle}`);
  return rangeFromOffsets(index, at, at + needle.length)!;
}

function anchorFor(root: Element, needle: string, occurrence = 0, sectionIndex?: number): Anchor {
  return describeRange(root, select(root, needle, occurrence), { sectionIndex })!;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('text index', () => {
  it('skips scripts and our own UI, and maps offsets to a Range and back', () => {
    const root = mount();
    const index = buildTextIndex(root);
    expect(index.text).not.toContain('ignored');
    expect(index.text).not.toContain('摘录');
    const at = index.text.indexOf('统一思想');
    const range = rangeFromOffsets(index, at, at + 4)!;
    expect(range.toString()).toBe('统一思想');
    expect(offsetsFromRange(index, range)).toEqual({ start: at, end: at + 4 });
  });

  it('turns element boundary points into offsets', () => {
    const root = mount();
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('b')!);
    const at = index.text.indexOf('统一思想');
    expect(offsetsFromRange(index, range)).toEqual({ start: at, end: at + 4 });
    range.selectNode(root.querySelectorAll('p')[1]!);
    expect(index.text.slice(offsetsFromRange(index, range)!.start)).toMatch(/^人民群众是历史的创造者，是我们/);
  });

  it('gives the same text and offsets when highlights have split the text nodes', () => {
    const root = mount();
    const before = buildTextIndex(root);
    highlightRange(select(root, '是历史的创造者，是我们力量'), 'a');
    highlightRange(select(root, '统一思想'), 'b');
    const after = buildTextIndex(root);
    expect(after.text).toBe(before.text);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    const at = after.text.indexOf('创造者，是我们');
    expect(rangeFromOffsets(after, at, at + 7)!.toString()).toBe('创造者，是我们');
  });
});

describe('describeRange', () => {
  it('records the exact quote, 32 characters of context and the position', () => {
    const root = mount();
    const anchor = anchorFor(root, '群众的事情再小也是大事', 0, 2);
    const text = buildTextIndex(root).text;
    expect(anchor.quote.exact).toBe('群众的事情再小也是大事');
    expect(anchor.quote.prefix).toBe(text.slice(anchor.position.start - 32, anchor.position.start));
    expect(anchor.quote.suffix).toHaveLength(32);
    expect(text.slice(anchor.position.start, anchor.position.end)).toBe(anchor.quote.exact);
    expect(anchor.sectionIndex).toBe(2);
  });

  it('trims surrounding whitespace from the selection, and rejects a selection outside the root', () => {
    const root = mount();
    const range = document.createRange();
    range.selectNode(root.querySelectorAll('p')[2]!);
    expect(describeRange(root, range)!.quote.exact).toBe('落实是最好的担当。群众的事情再小也是大事，要把群众的冷暖放在心上。');
    const outside = document.createElement('p');
    outside.textContent = '别处';
    document.body.append(outside);
    const elsewhere = document.createRange();
    elsewhere.selectNodeContents(outside);
    expect(describeRange(root, elsewhere)).toBeNull();
  });

  it('does not cut a surrogate pair in the context', () => {
    const root = mount(`<p>${'😀'.repeat(20)}目标文字${'😀'.repeat(20)}</p>`);
    const anchor = anchorFor(root, '目标文字');
    expect(anchor.quote.prefix).toBe('😀'.repeat(16));
    expect(anchor.quote.suffix).toBe('😀'.repeat(16));
    const odd = mount(`<p>x${'😀'.repeat(20)}目标二${'😀'.repeat(20)}</p>`);
    const anchor2 = anchorFor(odd, '目标二');
    expect(anchor2.quote.prefix).toBe('😀'.repeat(16));
  });
});

describe('anchorExcerpt', () => {
  it('finds the passage by position on an unchanged page', () => {
    const root = mount();
    const anchor = anchorFor(root, '坚持以人民为中心的发展思想');
    const found = anchorExcerpt(root, anchor)!;
    expect(found.method).toBe('position');
    expect(found.range.toString()).toBe('坚持以人民为中心的发展思想');
  });

  it('falls back to the quote when text was inserted before it', () => {
    const root = mount();
    const anchor = anchorFor(root, '落实是最好的担当');
    const added = document.createElement('p');
    added.textContent = '（新增）编者按：本文根据录音整理。';
    root.prepend(added);
    const found = anchorExcerpt(root, anchor)!;
    expect(found.method).toBe('quote');
    expect(found.range.toString()).toBe('落实是最好的担当');
  });

  it('picks the duplicate passage whose context matches', () => {
    const root = mount();
    const second = anchorFor(root, '人民群众是历史的创造者', 1);
    const first = anchorFor(root, '人民群众是历史的创造者', 0);
    root.prepend(Object.assign(document.createElement('p'), { textContent: '插入一段，让位置失效。' }));
    const index = buildTextIndex(root);
    for (const [anchor, suffix] of [
      [second, '，也是改革发展'],
      [first, '，是我们力量'],
    ] as const) {
      const found = anchorExcerpt(root, anchor, { index })!;
      expect(found.method).toBe('quote');
      const { end } = offsetsFromRange(index, found.range)!;
      expect(index.text.slice(end, end + suffix.length)).toBe(suffix);
    }
  });

  it('finds a slightly edited passage with the fuzzy quote, first within its section', () => {
    const root = mount();
    const headings = [...root.querySelectorAll('h1, h2')];
    const anchor = anchorFor(root, '群众的事情再小也是大事，要把群众的冷暖放在心上', 0, 2);
    const paragraph = root.querySelectorAll('p')[2]!;
    paragraph.textContent = '落实是最好的担当。群众的事情再小也都是大事，要把群众的冷暖挂在心上。';
    const index = buildTextIndex(root);
    const sectionRanges = sectionRangesFromHeadings(index, headings);
    const found = anchorExcerpt(root, anchor, { sectionRanges, index })!;
    expect(found.method).toBe('fuzzy-section');
    expect(found.range.toString()).toBe('群众的事情再小也都是大事，要把群众的冷暖挂在心上');
    expect(anchorExcerpt(root, anchor)!.method).toBe('fuzzy-anywhere');
  });

  it('finds a long edited passage by its head and tail', () => {
    const long = '我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，'.repeat(12);
    const root = mount(`<p>开头的话。</p><p>${long}</p><p>结尾的话。</p>`);
    const anchor = anchorFor(root, long);
    const edited = long.slice(0, 150) + '（此处有改动）' + long.slice(160);
    root.querySelectorAll('p')[1]!.textContent = edited;
    root.prepend(Object.assign(document.createElement('p'), { textContent: '新增一段。' }));
    const found = anchorExcerpt(root, anchor)!;
    expect(found.method).toBe('fuzzy-anywhere');
    expect(found.range.toString()).toBe(edited);
  });

  it('reports an orphan when the passage was removed', () => {
    const root = mount();
    const anchor = anchorFor(root, '落实是最好的担当。群众的事情再小也是大事');
    root.querySelectorAll('p')[2]!.remove();
    expect(anchorExcerpt(root, anchor)).toBeNull();
  });

  it('re-anchors the same offsets while other highlights are in the DOM', () => {
    const root = mount();
    const anchor = anchorFor(root, '要把群众的冷暖放在心上');
    highlightRange(select(root, '群众的事情再小'), 'other');
    highlightRange(select(root, '冷暖'), 'inner');
    const found = anchorExcerpt(root, anchor)!;
    expect(found.method).toBe('position');
    expect(found.range.toString()).toBe('要把群众的冷暖放在心上');
  });
});

describe('locateQuote on plain text', () => {
  const anchor = (exact: string, start: number, prefix = '', suffix = ''): Anchor =>
    ({ quote: { exact, prefix, suffix }, position: { start, end: start + exact.length } }) as Anchor;

  it('keeps a short quote from matching random text', () => {
    expect(errorBudget(3)).toBe(0);
    expect(errorBudget(8)).toBe(2);
    expect(errorBudget(50)).toBe(5);
    expect(locateQuote('完全不同的内容', anchor('群众', 0))).toBeNull();
  });

  it('prefers the candidate whose context agrees when fuzzy', () => {
    const text = 'A: the quick brown fax jumps. B: the quick brown fix jumps over the dog.';
    const found = locateQuote(text, anchor('the quick brown fox jumps', 999, 'B: ', ' over the'))!;
    expect(found.method).toBe('fuzzy-anywhere');
    expect(text.slice(found.start, found.end)).toBe('the quick brown fix jumps');
  });
});
