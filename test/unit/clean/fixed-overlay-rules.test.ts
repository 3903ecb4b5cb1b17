import { describe, expect, it } from 'vitest';
import { classifyFixed, type FixedMeasure } from '../../../utils/clean/heuristics/fixed-overlay-rules';

const viewport = { width: 1280, height: 900 };
const rootBox = { left: 120, top: 500, width: 700, height: 2500 };

function m(partial: Partial<FixedMeasure> & Pick<FixedMeasure, 'box'>): FixedMeasure {
  return { position: 'fixed', zIndex: 10, rendered: true, backgroundAlpha: 1, rootBox, viewport, ...partial };
}

describe('fixed/sticky boxes: overlay or leave alone (measured numbers in, verdict out)', () => {
  it.each<[string, FixedMeasure, ReturnType<typeof classifyFixed>]>([
    ['semi-transparent full-viewport backdrop', m({ box: { left: 0, top: 0, width: 1280, height: 900 }, backgroundAlpha: 0.55 }), 'backdrop'],
    ['opaque full-viewport wall', m({ box: { left: 0, top: 0, width: 1280, height: 900 } }), 'modal'],
    ['large centred login dialog', m({ box: { left: 340, top: 150, width: 600, height: 600 } }), 'modal'],
    ['small centred login dialog over the text column', m({ box: { left: 450, top: 285, width: 380, height: 330 } }), 'float'],
    ['download bar pinned to the bottom', m({ box: { left: 0, top: 844, width: 1280, height: 56 }, zIndex: 9000 }), 'bar'],
    ['sticky bottom app banner', m({ position: 'sticky', box: { left: 0, top: 820, width: 1280, height: 80 } }), 'bar'],
    ['site header pinned to the top', m({ box: { left: 0, top: 0, width: 1280, height: 60 } }), null],
    ['tall sticky header (22% of the viewport)', m({ position: 'sticky', box: { left: 0, top: 0, width: 1280, height: 200 } }), null],
    ['fixed header (22%) is not a float either', m({ box: { left: 0, top: 0, width: 1280, height: 200 } }), null],
    ['back-to-top button in the margin', m({ box: { left: 1200, top: 800, width: 48, height: 48 } }), null],
    ['fixed sidebar beside the text', m({ box: { left: 960, top: 100, width: 300, height: 700 } }), null],
    ['sticky sidebar beside the text', m({ position: 'sticky', box: { left: 900, top: 0, width: 320, height: 800 } }), null],
    ['background layer behind the page (z-index -1)', m({ box: { left: 0, top: 0, width: 1280, height: 900 }, zIndex: -1 }), null],
    ['hidden (display:none / opacity 0)', m({ box: { left: 0, top: 0, width: 1280, height: 900 }, rendered: false }), null],
    ['zero-size box', m({ box: { left: 0, top: 0, width: 0, height: 0 } }), null],
    ['small float with z-index auto', m({ box: { left: 450, top: 300, width: 380, height: 330 }, zIndex: 0 }), null],
  ])('%s', (_name, measure, verdict) => {
    expect(classifyFixed(measure)).toBe(verdict);
  });
});
