import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export const FIRST_ROWS_MARK = 'lectern:library:first-rows';

/**
 * Marks the moment the first rows are in the page (the benchmark reads it), once,
 * and says when they have been painted: what is not needed for the first rows
 * (the library's size, the filters' values, the storage figures) waits for that.
 */
export function useFirstRows(ready: boolean): boolean {
  const done = useRef(false);
  const [painted, setPainted] = useState(false);
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    performance.mark(FIRST_ROWS_MARK);
    // The frame's callback runs before its paint; the task after it runs once painted.
    const afterPaint = () => setTimeout(() => setPainted(true), 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterPaint);
    else afterPaint();
  }, [ready]);
  return painted;
}
