import { fixedHeaderOffset } from './jump';

const READING_LINE_PX = 80;

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
  let pageHeight = 0;
  let frame = 0;
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;

  const measure = () => {
    // The reading line sits a little below any fixed header: a jump places its
    // heading 16 px under the header, so the jumped-to section becomes current.
    offset = fixedHeaderOffset(win) + READING_LINE_PX;
    tops = headings.map((node) => node.getBoundingClientRect().top + win.scrollY);
    pageHeight = win.document.documentElement.scrollHeight;
  };
  const update = () => {
    frame = 0;
    const bottom = win.scrollY + win.innerHeight;
    // At the end of the page the last sections can never reach the top: take the
    // last heading on screen instead.
    const limit = bottom >= pageHeight - 2 ? bottom - 1 : win.scrollY + offset;
    onChange(lastAtOrAbove(tops, limit), win.scrollY);
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
