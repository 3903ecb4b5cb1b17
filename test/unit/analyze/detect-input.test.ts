import { describe, expect, it } from 'vitest';
import { readPageSignals, SLICE_CHARS } from '../../../utils/analyze/detect-input';
import { parseDoc } from './html';

function docOf(html: string, title = ''): Document {
  return parseDoc(`<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`);
}

describe('readPageSignals: what stage 1 reads natively', () => {
  it('starts its text slice just before the main heading, past long menus', () => {
    const menu = `<nav>${'<a href="#">Menüpunkt</a> '.repeat(5000)}</nav>`;
    const doc = docOf(`${menu}<h1>Andacht zur Friedensdekade</h1><p>Liebe Schwestern und Brüder, ${'Wir danken. '.repeat(50)}</p>`);
    const signals = readPageSignals(doc, 'https://example.org/andacht');
    expect(signals.text.length).toBeLessThanOrEqual(SLICE_CHARS);
    expect(signals.text).toContain('Liebe Schwestern und Brüder');
  });

  it('collects titles, h1–h3 texts, the label printed above the h1 and the decoded path', () => {
    const doc = docOf('<div><span>Oral statement to Parliament</span><h1>Flooding update</h1></div><h2>Background</h2><p>Mr Speaker…</p>', 'Flooding update - GOV.UK');
    const signals = readPageSignals(doc, 'https://www.gov.uk/government/speeches/%E8%AE%B2%E8%AF%9D');
    expect(signals.titles).toEqual(['Flooding update - GOV.UK']);
    expect(signals.headings).toEqual(['Flooding update', 'Background']);
    expect(signals.kickers).toEqual(['Oral statement to Parliament']);
    expect(signals.path).toBe('/government/speeches/讲话');
  });

  it('reads page text only: inline scripts and styles are skipped, and the read stops at SLICE_CHARS', () => {
    const script = `<script>var ads = "${'x'.repeat(SLICE_CHARS)}";</script><style>p{color:red}</style>`;
    const doc = docOf(`${script}<h1>在全市工作会议上的讲话</h1><p>同志们：</p>${'<p>我们要坚持实事求是。</p>'.repeat(3000)}`);
    const { text } = readPageSignals(doc, 'https://example.org/');
    expect(text).not.toContain('var ads');
    expect(text).not.toContain('color:red');
    expect(text).toContain('同志们：');
    expect(text.length).toBe(SLICE_CHARS);
  });

  it('starts at the h1 the <title> repeats, not at a skip-link h1, and at the main region when there is no h1', () => {
    const menu = `<ul>${'<li>Menüpunkt</li>'.repeat(3000)}</ul>`;
    const withSkip = docOf(`<h1>Navigation und Service</h1>${menu}<h1>Rede beim Festakt</h1><p>Sehr geehrte Damen und Herren,</p>`, 'Reden: Rede beim Festakt');
    expect(readPageSignals(withSkip, 'https://example.org/').text).toContain('Sehr geehrte Damen und Herren');
    const noHeading = docOf(`${menu}<div id="content"><p>Sehr geehrte Damen und Herren,</p></div>`);
    expect(readPageSignals(noHeading, 'https://example.org/').text).toMatch(/^Sehr geehrte/);
  });

  it('reads the main heading’s container whole when it holds enough text, from the heading on', () => {
    const doc = docOf(`<div id="nav">${'<a>栏目</a>'.repeat(500)}</div><div class="article"><p>首页 > 讲话</p><h1>在全市工作会议上的讲话</h1><p>同志们：</p>${'<p>我们要坚持实事求是。</p>'.repeat(1500)}</div>`);
    const { text } = readPageSignals(doc, 'https://example.org/');
    expect(text.startsWith('在全市工作会议上的讲话同志们：')).toBe(true);
    expect(text).not.toContain('栏目');
    expect(text.length).toBe(SLICE_CHARS);
  });

  it('starts at an h2 the <title> repeats when the h1 is the site’s logo, and leaves out the container’s inline scripts', () => {
    const sidebar = `<div class="side"><h2>推荐阅读</h2>${'<a>每周一学（往期）</a>'.repeat(300)}</div>`;
    const article = `<div class="article"><h2>每周一学（2023年5月8日-5月14日）</h2><script>$(".Subheading span:empty").parent().hide();</script>`
      + `<p>在学习贯彻主题教育工作会议上的讲话</p>${'<p>我们要坚持实事求是。</p>'.repeat(600)}</div>`;
    const doc = docOf(`<h1><img alt="logo"></h1>${sidebar}${article}`, '每周一学（2023年5月8日-5月14日）--学习专栏');
    const { text } = readPageSignals(doc, 'https://example.org/');
    expect(text.startsWith('每周一学（2023年5月8日-5月14日）在学习贯彻主题教育工作会议上的讲话')).toBe(true);
    expect(text).not.toContain('Subheading');
  });

  it('survives a malformed URL and an empty page', () => {
    const signals = readPageSignals(docOf(''), 'not a url');
    expect(signals).toMatchObject({ path: '', text: '', headings: [], kickers: [] });
  });
});
