import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * The current result of a Dexie query, re-run whenever the rows it read change, in
 * this page or another extension context (the background saving from a tab).
 * While new inputs are being queried the previous result stays on screen.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], enabled = true, initial?: T): Live<T> {
  // `initial`: a first value already read (the library's first rows), shown until the query answers.
  const [state, setState] = useState<Live<T>>(initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial });
  // Subscribed before the first paint rather than after it: the first rows arrive a frame sooner.
  useLayoutEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'failed', error }),
    });
    return () => subscription.unsubscribe();
  }, [...deps, enabled]); // the caller names what the query depends on
  return state;
}
