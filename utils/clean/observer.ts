// Late overlays: a MutationObserver, for a bounded time, whose callback only queues
// the touched elements. The queue is handled in one debounced idle/timeout callback.
// Mutations caused by our own writes are dropped (see ownWrites).

export interface LateWatchOptions {
  durationMs: number;
  /** Quiet time before the queue is handled… */
  debounceMs?: number;
  /** …but never later than this after the first queued mutation. */
  maxWaitMs?: number;
  onBatch(elements: Element[]): void;
}

export interface LateWatch {
  /** Runs our own DOM writes so that the mutations they cause are not queued. */
  ownWrites(write: () => void): void;
  stop(): void;
}

const WATCHED_ATTRIBUTES = ['style', 'class', 'hidden', 'open', 'aria-hidden', 'aria-modal'];
const MAX_QUEUE = 2000;

export function watchLate(doc: Document, win: Window, options: LateWatchOptions): LateWatch {
  const debounceMs = options.debounceMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const queue = new Set<Element>();
  let firstQueuedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let stopped = false;

  const enqueue = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.nodeType === 1 && !record.attributeName?.startsWith('data-lectern-')) queue.add(record.target as Element);
      } else {
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) queue.add(node as Element);
      }
      if (queue.size >= MAX_QUEUE) break;
    }
  };

  const flush = (): void => {
    timer = undefined;
    idle = undefined;
    const elements = [...queue].filter((element) => element.isConnected);
    queue.clear();
    firstQueuedAt = 0;
    if (elements.length > 0 && !stopped) options.onBatch(elements);
  };

  const schedule = (): void => {
    if (idle !== undefined) return; // a flush is already waiting for idle time
    const now = Date.now();
    if (firstQueuedAt === 0) firstQueuedAt = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstQueuedAt + maxWaitMs - now));
    timer = setTimeout(() => {
      timer = undefined;
      if (typeof win.requestIdleCallback === 'function') idle = win.requestIdleCallback(flush, { timeout: 500 });
      else flush();
    }, wait);
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    enqueue(records); // no other work here
    if (queue.size > 0) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(expiry);
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined && typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(idle);
    queue.clear();
  };
  const expiry = setTimeout(() => {
    if (queue.size > 0 && timer !== undefined) flush(); // a batch already waiting is still handled
    stop();
  }, options.durationMs);

  return {
    ownWrites(write) {
      if (stopped) return write();
      enqueue(observer.takeRecords()); // the page's, not ours
      write();
      observer.takeRecords(); // ours: dropped
      if (queue.size > 0) schedule();
    },
    stop,
  };
}
