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

  it('collects titles, h1–h3 texts, the label printed above the h1, the description and the decoded path', () => {
    const doc = docOf('<div><span>Oral statement to Parliament</span><h1>Flooding update</h1></div><h2>Background</h2><p>Mr Speaker…</p>', 'Flooding update - GOV.UK');
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'description');
    meta.setAttribute('content', 'A statement on the floods');
    doc.head.append(meta);
    const signals = readPageSignals(doc, 'https://www.gov.uk/government/speeches/%E8%AE%B2%E8%AF%9D');
    expect(signals.titles).toEqual(['Flooding update - GOV.UK']);
    expect(signals.headings).toEqual(['Flooding update', 'Background']);
    expect(signals.kickers).toEqual(['Oral statement to Parliament']);
    expect(signals.description).toBe('A statement on the floods');
    expect(signals.path).toBe('/government/speeches/讲话');
  });

  it('survives a malformed URL and an empty page', () => {
    const signals = readPageSignals(docOf(''), 'not a url');
    expect(signals).toMatchObject({ path: '', text: '', headings: [], kickers: [] });
  });
});
