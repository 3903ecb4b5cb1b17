import { describe, expect, it } from 'vitest';
import { classifyClamp, rootAndAncestors, type ClampMeasure } from '../../../utils/clean/heuristics/clamps';
import { mount, must } from './dom';

function m(partial: Partial<ClampMeasure>): ClampMeasure {
  return { overflowY: 'hidden', maskImage: 'none', scrollHeight: 2600, clientHeight: 1400, textBelow: 1200, ...partial };
}

describe('clamps on the root or its ancestors', () => {
  it.each<[string, ClampMeasure, ReturnType<typeof classifyClamp>]>([
    ['max-height 1400px + overflow hidden over 2600px of text', m({}), 'clip'],
    ['overflow clip', m({ overflowY: 'clip' }), 'clip'],
    ['overflow hidden that clips nothing (clearfix)', m({ scrollHeight: 1400, textBelow: 0 }), null],
    ['a few px of rounding are not a clamp', m({ scrollHeight: 1403, textBelow: 3 }), null],
    ['ancestor overflows, but not with the speech text (a dropdown)', m({ textBelow: -300 }), null],
    ['inner scroll box (overflow auto) is left alone', m({ overflowY: 'auto' }), null],
    ['visible overflow is no clamp', m({ overflowY: 'visible' }), null],
    ['mask-image fade on the container', m({ overflowY: 'visible', maskImage: 'linear-gradient(black 80%, transparent)' }), 'mask'],
  ])('%s', (_name, measure, verdict) => {
    expect(classifyClamp(measure)).toBe(verdict);
  });

  it('looks at the root and its ancestors below <body>, nearest first', () => {
    mount('<div id="a"><div id="b"><div id="root"><p>x</p></div></div></div>');
    expect(rootAndAncestors(must(document, '#root')).map((e) => e.id)).toEqual(['root', 'b', 'a']);
  });
});
