// The speech's title, not the category or series label a site prints above it.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/analyze';
import { filler, parseDoc } from './html';

const page = (head: string, lines: string[]) =>
  parseDoc(`<!doctype html><html><head><title>${head}</title></head><body><div id="content">${lines.map((l) => (l.startsWith('<') ? l : `<p>${l}</p>`)).join('\n')}${`<p>${filler(120)}</p>`.repeat(6)}</div></body></html>`);
const titleOf = (doc: Document) => analyzePage(doc, 'https://example.org/a', { force: true })?.title;

describe('the title', () => {
  it('skips an English genre label for the headline below it', () => {
    const doc = page('Andrea Leadsom’s speech at Women in Nuclear UK Conference - GOV.UK', ['Speech', '<h1>Andrea Leadsom’s speech at Women in Nuclear UK Conference</h1>']);
    expect(titleOf(doc)).toBe('Andrea Leadsom’s speech at Women in Nuclear UK Conference');
  });

  it('skips a Chinese column label for the title below it', () => {
    const doc = page('某某网', ['领导致辞', '<h1>在公司年度工作会议上的讲话</h1>']);
    expect(titleOf(doc)).toBe('在公司年度工作会议上的讲话');
  });

  it('takes the document title when the only genre line is a label', () => {
    const doc = page('Weekly Address: Merry Christmas | whitehouse.gov', ['Weekly Address', 'WASHINGTON, DC']);
    expect(titleOf(doc)).toBe('Weekly Address: Merry Christmas');
  });

  it('keeps a short headline that is also the document title, though it reads like a label', () => {
    const doc = page("Queen's Speech 2016 - GOV.UK", ['Speech', "<h1>Queen's Speech 2016</h1>", 'Her Majesty’s most gracious speech to both Houses of Parliament']);
    expect(titleOf(doc)).toBe("Queen's Speech 2016");
  });

  it('falls back to the label when the document has no title', () => {
    expect(titleOf(page('', ['校长致辞']))).toBe('校长致辞');
  });

  it('keeps short real titles that name an occasion', () => {
    expect(titleOf(page('某某网', ['<h1>在开学典礼上的讲话</h1>']))).toBe('在开学典礼上的讲话');
    expect(titleOf(page('Site', ['<h1>Keynote at the Energy Summit</h1>']))).toBe('Keynote at the Energy Summit');
  });

  it('joins a subtitle line with the title above it, however short the subtitle', () => {
    expect(titleOf(page('某某网', ['<h1>实干托起百年梦</h1>', '<p>——致辞</p>']))).toBe('实干托起百年梦——致辞');
  });

  it('does not join the info line a site prints between its headline and the text', () => {
    const doc = parseDoc(`<!doctype html><html><head><title>走向远方——在毕业典礼上的讲话--校长专栏-某某中学</title></head><body>
      <h3>校长专栏</h3><h2>走向远方——在毕业典礼上的讲话</h2>
      <div class="info">文章来源：本站原创作者：王某发布时间：2020年06月20日点击数：次</div>
      <div id="content"><h1>走向远方</h1><p>——在毕业典礼上的讲话</p><p>同学们、老师们：</p>${`<p>${filler(120)}</p>`.repeat(6)}</div>
    </body></html>`);
    expect(titleOf(doc)).toBe('走向远方——在毕业典礼上的讲话');
  });

  it('drops the column and site names after "--" in the document title', () => {
    const doc = page('关于规划建议的说明--学习专栏-某某中学', ['同志们：']);
    expect(titleOf(doc)).toBe('关于规划建议的说明');
  });
});
