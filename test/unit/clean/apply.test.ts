import { describe, expect, it } from 'vitest';
import { Applier } from '../../../utils/clean/apply';
import { injectSheet } from '../../../utils/clean/stylesheet';
import type { Decision } from '../../../utils/clean/types';
import { mount, must } from './dom';

const PAGE = `
  <style>.clamped{max-height:100px;overflow:hidden} .articleMaxH .x{max-height:10px}</style>
  <div id="ad" class="gg_box">广告</div>
  <div id="content" class="clamped" style="color: red"><p>正文</p></div>`;

function snapshot(): string[] {
  return Array.from(document.querySelectorAll('*')).map((e) => {
    const s = getComputedStyle(e);
    return [e.tagName, s.display, s.maxHeight, s.overflow, e.getAttribute('class'), e.getAttribute('style'), e.getAttributeNames().join()].join('|');
  });
}

describe('apply and undo', () => {
  it('marks, restyles through one sheet, and undoes exactly', () => {
    mount(PAGE);
    document.body.className = 'page articleMaxH wide';
    const before = snapshot();
    const sheetsBefore = document.adoptedStyleSheets.length;
    const decisions: Decision[] = [
      { element: must(document, '#ad'), category: 'ad', action: { kind: 'hide' }, source: 't' },
      { element: must(document, '#content'), category: 'clamp', action: { kind: 'unclamp' }, source: 't' },
      { element: document.body, category: 'scroll-lock', action: { kind: 'unlock-scroll', fixed: true }, source: 't' },
      { element: document.body, category: 'clamp', action: { kind: 'remove-class', classes: ['articleMaxH'] }, source: 't' },
    ];
    const applier = new Applier(document);
    expect(applier.apply(decisions)).toHaveLength(4);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    expect(getComputedStyle(must(document, '#ad')).display).toBe('none');
    expect(must(document, '#ad').getAttribute('data-lectern-hidden')).toBe('ad');
    expect(getComputedStyle(must(document, '#content')).maxHeight).toBe('none');
    expect(document.body.getAttribute('class')).toBe('page wide');
    expect(document.body.getAttribute('data-lectern-unlock')).toBe('fixed');
    // No node was added or removed.
    expect(document.querySelectorAll('*').length).toBe(before.length);

    applier.undoAll();
    expect(snapshot()).toEqual(before);
    expect(document.body.getAttribute('class')).toBe('page articleMaxH wide'); // same order
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    expect(applier.applied()).toEqual([]);
  });

  it('does not apply the same change twice', () => {
    mount(PAGE);
    const applier = new Applier(document);
    const hide: Decision = { element: must(document, '#ad'), category: 'ad', action: { kind: 'hide' }, source: 't' };
    expect(applier.apply([hide, hide])).toHaveLength(1);
    expect(applier.isApplied(must(document, '#ad'), 'hide')).toBe(true);
    applier.undoAll();
  });

  it('puts removed classes back with classList if the page changed the attribute meanwhile', () => {
    mount('<div id="x" class="a clamp b"></div>');
    const x = must(document, '#x');
    const applier = new Applier(document);
    applier.apply([{ element: x, category: 'clamp', action: { kind: 'remove-class', classes: ['clamp'] }, source: 't' }]);
    x.classList.add('page-added');
    applier.undoAll();
    expect([...x.classList].sort()).toEqual(['a', 'b', 'clamp', 'page-added']);
  });

  it('falls back to a <style> element when constructable sheets are unavailable', () => {
    mount(PAGE);
    const fake = { defaultView: null, createElement: document.createElement.bind(document), head: document.head, documentElement: document.documentElement } as unknown as Document;
    const sheet = injectSheet(fake);
    expect(document.head.querySelector('style[data-lectern-clean]')).not.toBeNull();
    sheet.remove();
    expect(document.head.querySelector('style[data-lectern-clean]')).toBeNull();
  });
});
