import { useLayoutEffect, useRef } from 'preact/hooks';

export const FIRST_ROWS_MARK = 'lectern:library:first-rows';

/** Marks the moment the first rows are in the page (the benchmark reads it), once. */
export function useFirstRows(ready: boolean): void {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    performance.mark(FIRST_ROWS_MARK);
  }, [ready]);
}
