import { describe, expect, it } from 'vitest';
import { classifyScrollLock, measureScrollLock, type ScrollLockMeasure } from '../../../utils/clean/heuristics/scroll-lock';
import { mount } from './dom';

const tall = { contentHeight: 3000, viewportHeight: 900 };

describe('scroll locks on html/body', () => {
  it.each<[string, ScrollLockMeasure, ReturnType<typeof classifyScrollLock>]>([
    ['no lock', { htmlOverflowY: 'visible', bodyOverflowY: 'visible', bodyPosition: 'static', ...tall }, { html: false, body: false, bodyFixed: false }],
    ['overflow hidden on both (modal open)', { htmlOverflowY: 'hidden', bodyOverflowY: 'hidden', bodyPosition: 'static', ...tall }, { html: true, body: true, bodyFixed: false }],
    ['overflow clip on body', { htmlOverflowY: 'visible', bodyOverflowY: 'clip', bodyPosition: 'static', ...tall }, { html: false, body: true, bodyFixed: false }],
    ['position fixed on body', { htmlOverflowY: 'visible', bodyOverflowY: 'visible', bodyPosition: 'fixed', ...tall }, { html: false, body: true, bodyFixed: true }],
    ['a short page has nothing to unlock', { htmlOverflowY: 'hidden', bodyOverflowY: 'hidden', bodyPosition: 'fixed', contentHeight: 800, viewportHeight: 900 }, { html: false, body: false, bodyFixed: false }],
    ['overflow auto is not a lock', { htmlOverflowY: 'auto', bodyOverflowY: 'scroll', bodyPosition: 'relative', ...tall }, { html: false, body: false, bodyFixed: false }],
  ])('%s', (_name, measure, verdict) => {
    expect(classifyScrollLock(measure)).toEqual(verdict);
  });

  it('reads locks set inline and through a class', () => {
    mount('<style>.modal-open{overflow:hidden}</style><p>text</p>');
    document.documentElement.style.overflow = 'hidden';
    document.body.className = 'modal-open';
    const measured = measureScrollLock(document, window);
    expect(measured?.htmlOverflowY).toBe('hidden');
    expect(measured?.bodyOverflowY).toBe('hidden');
    document.documentElement.style.overflow = '';
  });
});
