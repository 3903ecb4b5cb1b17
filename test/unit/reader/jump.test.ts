// Jumping to a heading: a smooth scroll that ends short is finished when it ends, unless the
// reader took the scroll over. A window stand-in plays the browser's part (where the scroll is,
// the scroll and scrollend events, the settle timer), so each case sets exactly what happened.
import { describe, expect, it } from 'vitest';
import { scrollToHeading } from '../../../utils/reader/jump';

const HEADING_AT = 2_400;

function page() {
  const listeners = new Map<string, Set<(event: Event) => void>>();
  const scrolls: Array<{ top: number; behavior: string }> = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const win = {
    scrollY: 0,
    innerWidth: 1280,
    innerHeight: 900,
    document: { documentElement: { scrollHeight: 6_000 }, elementsFromPoint: () => [] },
    matchMedia: () => ({ matches: false }),
    scrollTo: (options: { top: number; behavior: string }) => scrolls.push(options),
    addEventListener: (type: string, listener: (event: Event) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type: string, listener: (event: Event) => void) => listeners.get(type)?.delete(listener),
    setTimeout: (run: () => void) => {
      timers.set(nextTimer, run);
      return nextTimer++;
    },
    clearTimeout: (id: number) => timers.delete(id),
  };
  const heading = { getBoundingClientRect: () => ({ top: HEADING_AT - win.scrollY }) };
  return {
    win,
    heading,
    scrolls,
    /** The browser scrolled to `y` (firing scroll, and scrollend when `ends`). */
    scrollTo(y: number, ends = false) {
      win.scrollY = y;
      for (const listener of [...(listeners.get('scroll') ?? [])]) listener(new Event('scroll'));
      if (ends) for (const listener of [...(listeners.get('scrollend') ?? [])]) listener(new Event('scrollend'));
    },
    fire(type: string) {
      for (const listener of [...(listeners.get(type) ?? [])]) listener(new Event(type));
    },
    runTimers() {
      for (const [id, run] of [...timers]) {
        timers.delete(id);
        run();
      }
    },
  };
}

const jump = (p: ReturnType<typeof page>) => scrollToHeading(p.win as unknown as Window, p.heading as unknown as Element);
const TARGET = HEADING_AT - 16;

describe('scrollToHeading', () => {
  it('starts a smooth scroll to just above the heading', () => {
    const p = page();
    jump(p);
    expect(p.scrolls).toEqual([{ top: TARGET, behavior: 'smooth' }]);
  });

  it('finishes a smooth scroll that ended short of the heading', () => {
    const p = page();
    jump(p);
    p.scrollTo(1_200);
    p.scrollTo(1_700, true);
    expect(p.scrolls.at(-1)).toEqual({ top: TARGET, behavior: 'auto' });
  });

  it('finishes it when the page threw the scroll back mid-way (a scroll lock behind a login modal), with no input from the reader', () => {
    const p = page();
    jump(p);
    p.scrollTo(1_926);
    p.scrollTo(1_716, true);
    expect(p.scrolls).toHaveLength(2);
    expect(p.scrolls[1]).toEqual({ top: TARGET, behavior: 'auto' });
  });

  it('finishes it from the timer when no scrollend comes', () => {
    const p = page();
    jump(p);
    p.scrollTo(40);
    p.runTimers();
    expect(p.scrolls.at(-1)).toEqual({ top: TARGET, behavior: 'auto' });
  });

  it.each(['wheel', 'keydown', 'pointerdown', 'touchstart'])('leaves the scroll where it is once the reader takes over (%s)', (type) => {
    const p = page();
    jump(p);
    p.scrollTo(900);
    p.fire(type);
    p.scrollTo(600, true);
    p.runTimers();
    expect(p.scrolls).toHaveLength(1);
  });

  it('does not pull the reader back from beyond the heading or from above where it started', () => {
    const beyond = page();
    jump(beyond);
    beyond.scrollTo(3_000, true);
    const above = page();
    above.win.scrollY = 500;
    jump(above);
    above.scrollTo(200, true);
    expect(beyond.scrolls).toHaveLength(1);
    expect(above.scrolls).toHaveLength(1);
  });

  it('lets a newer jump replace an unfinished one', () => {
    const p = page();
    jump(p);
    p.scrollTo(800);
    jump(p);
    expect(p.scrolls).toHaveLength(2);
    p.scrollTo(2_000, true);
    // Only the newer jump finishes: one corrective scroll, not two.
    expect(p.scrolls).toHaveLength(3);
    expect(p.scrolls[2]).toEqual({ top: TARGET, behavior: 'auto' });
  });
});
