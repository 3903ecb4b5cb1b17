import { describe, expect, it } from 'vitest';
import { isGradientMask, type MaskMeasure } from '../../../utils/clean/heuristics/gradient-mask';

const root = { left: 150, top: 600, width: 700, height: 1400 };

function m(partial: Partial<MaskMeasure>): MaskMeasure {
  return {
    position: 'absolute',
    backgroundImage: 'linear-gradient(rgba(255, 255, 255, 0), rgb(255, 255, 255) 75%)',
    maskImage: 'none',
    rendered: true,
    box: { left: 150, top: 1840, width: 700, height: 160 },
    anchors: [root],
    ...partial,
  };
}

describe('gradient / mask overlays at the end of the speech', () => {
  it.each<[string, MaskMeasure, boolean]>([
    ['absolute gradient on the bottom edge of the clamped root', m({}), true],
    ['mask-image instead of a background gradient', m({ backgroundImage: 'none', maskImage: 'linear-gradient(transparent, black)' }), true],
    ['relative box pulled up over the end (negative margin)', m({ position: 'relative', box: { left: 150, top: 1900, width: 700, height: 120 } }), true],
    ['static gradient divider after the text', m({ position: 'static' }), false],
    ['gradient box at the top of the text (a heading band)', m({ box: { left: 150, top: 600, width: 700, height: 120 } }), false],
    ['gradient far below the text (footer)', m({ box: { left: 150, top: 2600, width: 700, height: 160 } }), false],
    ['gradient beside the text (sidebar card)', m({ box: { left: 900, top: 1840, width: 300, height: 160 } }), false],
    ['plain background, no gradient', m({ backgroundImage: 'none' }), false],
    ['too tall to be a mask', m({ box: { left: 150, top: 1200, width: 700, height: 800 } }), false],
    ['not rendered', m({ rendered: false }), false],
    ['anchored on a clamping ancestor instead of the root', m({ anchors: [{ left: 150, top: 600, width: 700, height: 3000 }, { left: 120, top: 560, width: 760, height: 1440 }] }), true],
  ])('%s', (_name, measure, verdict) => {
    expect(isGradientMask(measure)).toBe(verdict);
  });
});
