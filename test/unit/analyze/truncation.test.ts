import { describe, expect, it } from 'vitest';
import { detectTruncation } from '../../../utils/analyze';
import { filler, parseDoc } from './html';

const body = filler(60);

function truncationOf(inner: string, after = '', head = '') {
  const doc = parseDoc(`<html><head>${head}</head><body><div id="c">${inner}</div>${after}</body></html>`);
  return detectTruncation(doc, doc.getElementById('c') as Element);
}

describe('detectTruncation', () => {
  it('returns null for a complete page', () => {
    expect(truncationOf(`<p>${body}</p><p>${body}</p>`, '<footer><a href="/">首页</a></footer>')).toBeNull();
  });

  it('reads a 此处省略N字 cut and the text before it', () => {
    const t = truncationOf(`<p>${body}</p><p>这是被截断前的最后一句话。</p><p>……(某文库此处省略1164字。不往下看了,<a href="#">点击下载全文</a>)……</p><p>${body}</p>`);
    expect(t?.cuts).toEqual([{ afterText: '这是被截断前的最后一句话。', omittedChars: 1164 }]);
    expect(t?.markerNodes).toHaveLength(1);
    expect(t?.markerNodes[0]?.textContent).toContain('此处省略');
  });

  it('uses the same paragraph when the cut follows text inline, keeping 30 characters', () => {
    const t = truncationOf(`<p>${'前'.repeat(40)}结尾。……此处省略 52 字……</p>`);
    expect(t?.cuts[0]).toEqual({ afterText: `${'前'.repeat(27)}结尾。`, omittedChars: 52 });
  });

  it('reads preview counters after the body', () => {
    const t = truncationOf(`<p>${body}</p>`, '<div>预览结束,全文7830字,当前显示3491字,还剩4339字</div>');
    expect([t?.totalChars, t?.shownChars, t?.cuts]).toEqual([7830, 3491, []]);
  });

  it.each(['阅读全文', '展开全文∨', '点击下载全文', '下载全文', '继续阅读', 'Continue reading', 'Subscribe to read the full story'])(
    'recognises a "%s" button right after the last paragraph',
    (label) => {
      const t = truncationOf(`<p>${body}</p>`, `<div class="more"><a href="#">${label}</a></div>`);
      expect(t?.markerNodes.length).toBe(1);
      expect(t?.totalChars).toBeNull();
    },
  );

  it.each(['false', '"False"'])('flags JSON-LD isAccessibleForFree: %s as gated', (value) => {
    const t = truncationOf(`<p>${body}</p>`, '', `<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": ${value}}</script>`);
    expect(t?.gated).toBe(true);
  });

  it('does not flag isAccessibleForFree: true', () => {
    expect(truncationOf(`<p>${body}</p>`, '', '<script type="application/ld+json">{"isAccessibleForFree": true}</script>')).toBeNull();
  });
});
