import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../components/excerpts/SelectionSaver';

const win = { innerWidth: 1280, innerHeight: 900 };
const rect = (top: number, bottom: number) => ({ top, bottom, right: 600 });

describe('placeNear: the note popover of a saved range', () => {
  it('goes below a selection with room under it, else above it', () => {
    expect(placeNear(win, 'right', rect(100, 120))).toEqual({ x: 560, y: 128 });
    expect(placeNear(win, 'right', rect(700, 720)).y).toBe(652);
  });

  it('stays inside the viewport for a section that lies below or above the screen', () => {
    const below = placeNear(win, 'right', rect(2400, 3900));
    expect(below.y).toBeGreaterThanOrEqual(8);
    expect(below.y + 190).toBeLessThanOrEqual(win.innerHeight);
    expect(placeNear(win, 'right', rect(-3000, -1200)).y).toBe(8);
    // A section that starts above the screen and ends below it.
    expect(placeNear(win, 'right', rect(-500, 2000)).y).toBe(8);
  });
});
