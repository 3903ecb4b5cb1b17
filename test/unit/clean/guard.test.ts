import { describe, expect, it } from 'vitest';
import { isAllowed, isSpeechText } from '../../../utils/clean/guard';
import type { Decision } from '../../../utils/clean/types';
import { mount, must } from './dom';

const hide = (element: Element, source = 'test'): Decision => ({ element, category: 'ad', action: { kind: 'hide' }, source });

describe('the guard: what is never touched', () => {
  const setUp = () =>
    mount(`
      <div id="page"><div id="wrap">
        <div id="content">
          <h2 id="h">一、标题</h2><p id="p">正文<span id="in-p">强调</span></p>
          <p id="omit">……此处省略1164字……</p>
          <button id="unfold">展开全文</button>
          <div id="slot">广告</div>
        </div>
      </div>
      <div id="notice">预览结束,全文7830字</div>
      <div id="bar">下载全文</div>
      </div>
      <lectern-panel id="panel"></lectern-panel>`);

  it('never hides the root, an ancestor, html/body, our panel, or speech text', () => {
    setUp();
    const root = must(document, '#content');
    for (const selector of ['#content', '#wrap', '#page', '#h', '#p', '#in-p', '#omit', '#panel'])
      expect(isAllowed(hide(must(document, selector)), root), selector).toBe(false);
    expect(isAllowed(hide(document.body), root)).toBe(false);
    expect(isAllowed(hide(document.documentElement), root)).toBe(false);
  });

  it('allows small non-text boxes inside the root, and bars outside it', () => {
    setUp();
    const root = must(document, '#content');
    expect(isAllowed(hide(must(document, '#unfold')), root)).toBe(true);
    expect(isAllowed(hide(must(document, '#slot')), root)).toBe(true);
    expect(isAllowed(hide(must(document, '#bar')), root)).toBe(true);
  });

  it('keeps truncation notices in the flow, but lets a fixed bar that covers the text go', () => {
    setUp();
    const root = must(document, '#content');
    expect(isAllowed(hide(must(document, '#notice')), root)).toBe(false);
    expect(isAllowed(hide(must(document, '#notice'), 'heuristic:fixed-bar'), root)).toBe(true);
  });

  it('unclamps only the root, its ancestors or its descendants; unlocks only html/body', () => {
    setUp();
    const root = must(document, '#content');
    const unclamp = (element: Element): Decision => ({ element, category: 'clamp', action: { kind: 'unclamp' }, source: 't' });
    const unlock = (element: Element): Decision => ({ element, category: 'scroll-lock', action: { kind: 'unlock-scroll', fixed: false }, source: 't' });
    expect(isAllowed(unclamp(must(document, '#wrap')), root)).toBe(true);
    expect(isAllowed(unclamp(must(document, '#bar')), root)).toBe(false);
    expect(isAllowed(unlock(document.body), root)).toBe(true);
    expect(isAllowed(unlock(must(document, '#page')), root)).toBe(false);
  });

  it('knows speech text from the boxes around it', () => {
    setUp();
    const root = must(document, '#content');
    expect(isSpeechText(must(document, '#in-p'), root)).toBe(true);
    expect(isSpeechText(must(document, '#unfold'), root)).toBe(false);
    expect(isSpeechText(must(document, '#bar'), root)).toBe(false); // outside the root
  });
});
