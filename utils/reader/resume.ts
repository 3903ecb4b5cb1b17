// Which outline item a remembered reading position points at on today's page: the same
// index when its heading text still matches, else the item with that heading text (the
// page may have gained or lost a section since), else none.
import type { ReadingPosition } from '../reading-position';

export function resumeIndex(outlineTexts: readonly string[], position: Pick<ReadingPosition, 'index' | 'sectionPath'>): number | null {
  const heading = position.sectionPath[position.sectionPath.length - 1];
  if (heading === undefined) return null;
  if (outlineTexts[position.index] === heading) return position.index;
  const found = outlineTexts.indexOf(heading);
  return found >= 0 ? found : null;
}

/** Runs `fn` once calls have stopped for `ms` (the scroll-spy fires on every section change). */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: A | null = null;
  const run = () => {
    timer = undefined;
    if (last) fn(...last);
    last = null;
  };
  const debounced = (...args: A) => {
    last = args;
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    last = null;
  };
  debounced.flush = () => {
    clearTimeout(timer);
    run();
  };
  return debounced;
}

/**
 * For a failure that must not stop reading (remembering the position): logged the first
 * time only, since the scroll-spy would otherwise repeat it for every section.
 */
export function warnOnce(what: string, log: (...args: unknown[]) => void = console.warn): (error: unknown) => void {
  let warned = false;
  return (error) => {
    if (warned) return;
    warned = true;
    log(`[Lectern] ${what}:`, error);
  };
}

// A heading's own numbering: 二、 / （三） / (3) / 1. / 第一部分 … (not 一是, which is no heading).
const MARKER = /^\s*(?:第[一二三四五六七八九十百零〇\d]+[部章节篇][分]?|[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十百零〇\d]+[)）]|\d+[、.．)）])/;

/** "二、(三)创造全面协调…": the section in full, its ancestors by their numbering where they have one. */
export function compactPath(path: readonly string[]): string {
  if (path.length === 0) return '';
  const ancestors = path.slice(0, -1).map((text) => MARKER.exec(text)?.[0].trim() ?? null);
  const last = path[path.length - 1]!;
  if (ancestors.every((marker) => marker !== null)) return `${ancestors.join('')}${last}`;
  return path.join(' › ');
}
