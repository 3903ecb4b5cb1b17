import { fixedHeaderOffset } from './jump';

/**
 * Reports which heading the reader is in. Heading positions are measured once and
 * again only when the page's size changes, so a scroll event costs one
 * requestAnimationFrame and a binary search, no layout reads.
 */
export function createScrollSpy(
  win: Window,
  headings: readonly Element[],
  onChange: (index: number | null, scrollY: number) => void,
): { destroy(): void; remeasure(): void } {
  let tops: number[] = [];
  let offset = 0;
  let current: number | null | undefined;
  let frame = 0;
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;

  const measure = () => {
    offset = fixedHeaderOffset(win) + 24;
    tops = headings.map((node) => node.getBoundingClientRect().top + win.scrollY);
  };
  const update = () => {
    frame = 0;
    const index = lastAtOrAbove(tops, win.scrollY + offset);
    if (index !== current) {
      current = index;
    }
    onChange(index, win.scrollY);
  };
  const onScroll = () => {
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      measure();
      onScroll();
    }, 150);
  };

  measure();
  update();
  win.addEventListener('scroll', onScroll, { passive: true });
  const observer = new ResizeObserver(onResize);
  observer.observe(win.document.documentElement);

  return {
    remeasure: onResize,
    destroy() {
      win.removeEventListener('scroll', onScroll);
      observer.disconnect();
      clearTimeout(resizeTimer);
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}

/** Index of the last value ≤ limit in an ascending list, or null. */
export function lastAtOrAbove(sortedTops: readonly number[], limit: number): number | null {
  let low = 0;
  let high = sortedTops.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sortedTops[mid]! <= limit) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
