// Assigns levels to structural candidates (numbered and tag/bold headings) with a stack:
// a family's level is fixed where it first appears in this speech (so 跳用 and （一）-as-top
// work), and numbering must run on without gaps (一→二→三; （一） restarts under a new parent).
// Families that never form a run of two are dropped and the pass is repeated without them.

import type { Candidate } from './candidates';

export interface PlacedItem {
  candidate: Candidate;
  level: number;
}

interface OpenEntry {
  family: string;
  ordinal: number;
  runKey: string;
}

type Structural = Extract<Candidate, { kind: 'numbered' | 'heading' }>;

function familyOf(c: Structural): string {
  return c.kind === 'numbered' ? c.marker.family : `tag:${c.family}`;
}

/** `isAfterCut(from, to)` tells whether a truncation cut lies between lines `from` and `to`. */
export function placeStructural(candidates: Structural[], isAfterCut: (from: number, to: number) => boolean = () => false): PlacedItem[] {
  const banned = new Set<string>();
  for (let attempt = 0; attempt < 6; attempt++) {
    const { placed, runLengths } = runStack(candidates, banned, isAfterCut);
    const familyOk = new Map<string, boolean>();
    for (const [runKey, length] of runLengths) {
      const family = runKey.slice(runKey.indexOf('|') + 1);
      familyOk.set(family, (familyOk.get(family) ?? false) || length >= 2);
    }
    const weak = [...familyOk].filter(([, ok]) => !ok).map(([family]) => family);
    if (weak.length === 0) return placed;
    for (const family of weak) banned.add(family);
  }
  return [];
}

function runStack(candidates: Structural[], banned: Set<string>, isAfterCut: (from: number, to: number) => boolean) {
  const placed: PlacedItem[] = [];
  const runLengths = new Map<string, number>();
  const familyLevel = new Map<string, number>();
  const stack: OpenEntry[] = [];
  const lastIndexOfFamily = new Map<string, number>();
  let serial = 0;

  for (const candidate of candidates) {
    const family = familyOf(candidate);
    if (banned.has(family)) continue;
    const ordinal = candidate.kind === 'numbered' ? candidate.marker.ordinal : 0;
    const openAt = stack.findIndex((e) => e.family === family);
    let depth: number;
    if (openAt >= 0) {
      const open = stack[openAt] as OpenEntry;
      const gapOk = isAfterCut(lastIndexOfFamily.get(family) ?? 0, candidate.index);
      if (candidate.kind === 'numbered' && !(ordinal === open.ordinal + 1 || (gapOk && ordinal > open.ordinal))) continue;
      depth = openAt;
    } else {
      const known = familyLevel.get(family);
      const restartOk = ordinal <= 1 || (known !== undefined && isAfterCut(lastIndexOfFamily.get(family) ?? 0, candidate.index));
      if (!restartOk) continue;
      depth = Math.min(known !== undefined ? known - 1 : stack.length, stack.length);
    }
    const runKey = openAt >= 0 ? (stack[openAt] as OpenEntry).runKey : `${serial++}|${family}`;
    stack.length = depth;
    stack.push({ family, ordinal, runKey });
    if (!familyLevel.has(family)) familyLevel.set(family, depth + 1);
    lastIndexOfFamily.set(family, candidate.index);
    runLengths.set(runKey, (runLengths.get(runKey) ?? 0) + 1);
    placed.push({ candidate, level: depth + 1 });
  }
  return { placed, runLengths };
}
