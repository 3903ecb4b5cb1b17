// The outline saved with a speech's excerpts. Its own small module so the library can
// show it without loading the study-notes writer (that loads on first export).
import type { Excerpt } from './model';

export interface OutlineLine {
  level: number;
  text: string;
}

/** The outline saved with a speech's excerpts: the earliest excerpt that carries one. */
export function savedOutline(excerpts: readonly Excerpt[]): OutlineLine[] | null {
  const withOutline = excerpts.filter((e) => e.outline && e.outline.length > 0).sort((a, b) => a.createdAt - b.createdAt);
  return withOutline[0]?.outline ?? null;
}
