// The analyser bounds its work on hostile DOMs: a sliced walk that pauses and yields the same lines, section offsets found without
// O(siblings) DOM searches, and no text index at all when there is nothing to highlight.
import { describe, expect, it } from 'vitest';
import { analyzePage, analyzePageSliced } from '../../../utils/analyze';
import { collectLines, collectLinesSliced } from '../../../utils/analyze/blocks';
import { sectionRangesFromHeadings } from '../../../utils/excerpts/anchoring';
import { buildTextIndex, offsetOfPoint } from '../../../utils/excerpts/text-index';
import { showHighlights } from '../../../utils/reader/excerpt-session';

function speech(paragraphs: number): HTMLElement {
  const article = document.createElement('article');
  const add = (tag: string, text: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    article.append(el);
    return el;
  };
  add('h1', '在全县工作会议上的讲话');
  add('p', '同志们：');
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0) add('h2', `${'一二三四五六七八九十'[(i / 50) % 10]}、第${i / 50 + 1}部分的工作要求`);
    const p = add('p', `我们要把群众满意作为一切工作的出发点和落脚点，第${i}段。`);
    const b = document.createElement('b');
    b.textContent = '这是重点。';
    p.append(b);
  }
  document.body.replaceChildren(article);
  return article;
}

// (20,000 nested elements, which overflowed the old recursive walk, are tested in
// Chromium: test/e2e/hardening/analysis-failure-reported.e2e.ts. happy-dom itself
// recurses when it connects such a tree.)
describe('the analyser on hostile DOMs', () => {
  it('collects the same lines in slices, pausing between them', async () => {
    speech(600);
    let pauses = 0;
    const sliced = await collectLinesSliced(document.body, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    expect(pauses).toBeGreaterThan(2);
    const plain = collectLines(document.body);
    const shape = (lines: typeof plain) => lines.map((l) => [l.text, l.node, l.bold, l.headingLevel, l.linkChars, l.inListItem]);
    expect(shape(sliced)).toEqual(shape(plain));
    expect(shape(await collectLinesSliced(document.body, { maxChars: 2_000, sliceMs: 0, pause: async () => undefined }))).toEqual(
      shape(collectLines(document.body, { maxChars: 2_000 })),
    );
    const a = analyzePage(document, 'https://example.org/', { force: true })!;
    const b = (await analyzePageSliced(document, { sliceMs: 0, pause: async () => undefined }))!;
    expect(b.outline.map((item) => [item.text, item.node])).toEqual(a.outline.map((item) => [item.text, item.node]));
    expect({ ...b, outline: null, syllabus: null }).toEqual({ ...a, outline: null, syllabus: null });
  });

  it('finds section offsets of headings among thousands of siblings the same as the boundary search', () => {
    const article = speech(1_000);
    const index = buildTextIndex(article);
    const headings = [...article.querySelectorAll('h2')];
    const started = performance.now();
    const ranges = sectionRangesFromHeadings(index, headings);
    const elapsed = performance.now() - started;
    const slow = headings.map((h) => offsetOfPoint(index, h.parentNode!, [...h.parentNode!.childNodes].indexOf(h)));
    expect(ranges.map((r) => r.start)).toEqual(slow);
    expect(elapsed).toBeLessThan(500);
  });

  it('builds no text index when a page has no excerpts to highlight', () => {
    const article = speech(5);
    const analysis = analyzePage(document, 'https://example.org/', { force: true })!;
    // A root whose walk would throw proves nothing walks it.
    const trap = Object.create(analysis, { root: { get: () => { throw new Error('walked'); } } }) as typeof analysis;
    expect(showHighlights(trap, [])).toEqual([]);
    expect(article.isConnected).toBe(true);
  });
});
