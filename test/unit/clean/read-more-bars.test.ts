import { describe, expect, it } from 'vitest';
import { readMoreBarDecisions, readMoreCategory } from '../../../utils/clean/heuristics/read-more-bars';
import { mount, must } from './dom';

describe('read-more bars after the end of the text', () => {
  it.each([
    ['展开全文 ∨', 'clamp'],
    ['阅读全文', 'clamp'],
    ['Continue reading', 'clamp'],
    ['To Read the Full Story  Subscribe  Sign In', 'clamp'],
    ['点击下载全文', 'overlay'],
    ['下载全文 下载此文档(WORD版)', 'overlay'],
    ['开通VIP 免费下载', 'overlay'],
    ['预览结束,全文7830字,当前显示3491字,还剩4339字', null],
    ['……此处省略1164字。点击下载全文', null],
    ['相关文章 在全县作风建设大会上的讲话', null],
    ['Read more', null],
    ['阅读全文'.padEnd(200, '字'), null],
  ])('%s → %s', (text, category) => {
    expect(readMoreCategory(text)).toBe(category);
  });

  it('hides bars right after the root (or its wrappers) but not the truncation notice', () => {
    mount(`
      <div class="article">
        <div class="body">
          <div id="content"><p>正文</p><p class="omit">……此处省略1164字,<a>点击下载全文</a>……</p></div>
          <div class="mask"><span>展开全文</span></div>
        </div>
        <div class="preview-end">预览结束,全文7830字,当前显示3491字,还剩4339字</div>
        <div class="download-box"><a>下载全文</a></div>
      </div>
      <div class="related">相关文章</div>`);
    const decisions = readMoreBarDecisions(must(document, '#content'));
    expect(decisions.map((d) => [d.element.className, d.category])).toEqual([
      ['mask', 'clamp'],
      ['download-box', 'overlay'],
    ]);
  });
});
