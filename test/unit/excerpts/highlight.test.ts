import { afterEach, describe, expect, it } from 'vitest';
import { anchorExcerpt, describeRange } from '../../../utils/excerpts/anchoring';
import { HIGHLIGHT_ATTRIBUTE, highlightRange, removeHighlight } from '../../../utils/excerpts/highlight';
import { buildTextIndex, rangeFromOffsets } from '../../../utils/excerpts/text-index';

const PAGE = `
<h2>一、提高政治站位</h2>
<p>人民群众是<b>历史的创造者</b>，是我们力量的源泉。</p>
<ul>
  <li>第一条：统一思想</li>
  <li>第二条：凝聚共识</li>
</ul>
<table><tbody><tr><td>表格里的字</td><td>第二格</td></tr></tbody></table>
<p>最后一段<svg><text>图中文字</text></svg>结束。</p>
`;

function mount(html = PAGE): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html; // fixture only
  document.body.append(root);
  return root;
}

function select(root: Element, from: string, to: string): Range {
  const index = buildTextIndex(root);
  const start = index.text.indexOf(from);
  const end = index.text.indexOf(to, start) + to.length;
  return rangeFromOffsets(index, start, end)!;
}

const marksOf = (root: Element, id: string) =>
  [...root.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`)].filter((m) => m.getAttribute(HIGHLIGHT_ATTRIBUTE) === id);

afterEach(() => {
  document.body.replaceChildren();
});

describe('highlight', () => {
  it('wraps each text segment in a class-free inline mark and never wraps elements', () => {
    const root = mount();
    const marks = highlightRange(select(root, '群众是', '统一思想'), 'x1');
    expect(marks.map((m) => m.textContent)).toEqual(['群众是', '历史的创造者', '，是我们力量的源泉。', '第一条：统一思想']);
    for (const mark of marks) {
      expect(mark.tagName).toBe('MARK');
      expect(mark.getAttributeNames()).toEqual([HIGHLIGHT_ATTRIBUTE]);
      expect(mark.children).toHaveLength(0);
    }
    // No mark between list items or around the whitespace between blocks.
    expect(root.querySelector('ul > mark, article > mark')).toBeNull();
    expect(root.querySelectorAll('p, li, b')).toHaveLength(5);
  });

  it('leaves table structure and SVG text alone', () => {
    const root = mount();
    highlightRange(select(root, '表格里', '结束。'), 'x2');
    expect(root.querySelector('tbody > mark, tr > mark, svg mark')).toBeNull();
    expect(marksOf(root, 'x2').map((m) => m.textContent)).toEqual(['表格里的字', '第二格', '最后一段', '结束。']);
  });

  it('removing a highlight restores the DOM exactly, text nodes included', () => {
    const root = mount();
    const html = root.innerHTML;
    const paragraph = root.querySelector('p')!;
    const nodeCount = paragraph.childNodes.length;
    highlightRange(select(root, '是我们', '源泉'), 'x3');
    expect(root.innerHTML).not.toBe(html);
    expect(removeHighlight(document, 'x3')).toBe(1);
    expect(root.innerHTML).toBe(html);
    expect(paragraph.childNodes).toHaveLength(nodeCount);
  });

  it('handles overlapping highlights, removed in any order', () => {
    const root = mount();
    const html = root.innerHTML;
    highlightRange(select(root, '人民群众', '源泉'), 'outer');
    const afterOuter = root.innerHTML;
    highlightRange(select(root, '创造者', '我们'), 'inner');
    expect(marksOf(root, 'inner').map((m) => m.textContent)).toEqual(['创造者', '，是我们']);
    removeHighlight(root, 'inner');
    expect(root.innerHTML).toBe(afterOuter);
    highlightRange(select(root, '创造者', '我们'), 'inner');
    removeHighlight(root, 'outer');
    removeHighlight(root, 'inner');
    expect(root.innerHTML).toBe(html);
    expect(buildTextIndex(root).nodes.length).toBe(buildTextIndex(mount()).nodes.length);
  });

  it('round-trips save → highlight → re-anchor → remove on a re-rendered page', () => {
    const root = mount();
    const html = root.innerHTML;
    const anchor = describeRange(root, select(root, '历史的', '源泉'))!;
    const found = anchorExcerpt(root, anchor)!;
    highlightRange(found.range, 'saved');
    const again = anchorExcerpt(root, anchor)!;
    expect(again.range.toString()).toBe('历史的创造者，是我们力量的源泉');
    removeHighlight(root, 'saved');
    expect(root.innerHTML).toBe(html);
  });

  it('removes only the marks of the given id and reports none for an unknown id', () => {
    const root = mount();
    highlightRange(select(root, '第一条', '统一'), 'a');
    highlightRange(select(root, '第二条', '凝聚'), 'b');
    expect(removeHighlight(root, 'zzz')).toBe(0);
    removeHighlight(root, 'a');
    expect(marksOf(root, 'b')).toHaveLength(1);
    expect(marksOf(root, 'a')).toHaveLength(0);
  });
});
