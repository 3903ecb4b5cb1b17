// Assigns levels to structural candidates (numbered and tag/bold headings).
//
// 1. Each numbering family is cut into runs that count 1, 2, 3… (a run may jump a gap only
//    across a truncation cut). Families that never reach a second item are dropped.
// 2. The families are ranked by the nesting they form on this page: a family whose runs
//    restart between two consecutive items of another family's run sits below it. Where the
//    page gives no evidence, GB/T 9704 order decides (第一部分 above 一、 above （一） above
//    1． above （1） above ①), then first appearance. So a family that starts late (一、 after
//    a preface) still takes its place, and 跳用 / （一）-as-top fall out of the same ranking.
// 3. A stack walk gives every item its real depth: the number of higher-ranked sections open
//    around it. A sequence that restarts under a new parent keeps its level, and so does one
//    whose numbering runs on across parents; a repeated or skipped number is dropped; a lone
//    stray item followed by a restart of its own family under the same parent is dropped.

import type { Candidate } from './candidates';

export interface PlacedItem {
  candidate: Candidate;
  level: number;
}

type Structural = Extract<Candidate, { kind: 'numbered' | 'heading' }>;

type CutTest = (from: number, to: number) => boolean;

const CANONICAL_RANK: Record<string, number> = {
  roman: 1,
  'cn-comma': 2,
  'cn-paren': 3,
  'arabic-dot': 4,
  'arabic-paren': 5,
  circled: 6,
};

function familyOf(c: Structural): string {
  return c.kind === 'numbered' ? c.marker.family : `tag:${c.family}`;
}

function canonicalRank(family: string): number | undefined {
  if (family.startsWith('cn-ordinal-')) return 0;
  return CANONICAL_RANK[family];
}

function ordinalOf(c: Structural): number {
  return c.kind === 'numbered' ? c.marker.ordinal : 0;
}

/** `isAfterCut(from, to)` tells whether a truncation cut lies between lines `from` and `to`. */
export function placeStructural(candidates: Structural[], isAfterCut: CutTest = () => false): PlacedItem[] {
  const items = repairMistypedMarkers(candidates);
  const runs = runsByFamily(items, isAfterCut);
  const kept = new Set([...runs].filter(([family, list]) => familyHolds(family, list)).map(([family]) => family));
  if (kept.size === 0) return [];
  const order = rankFamilies(kept, runs, items);
  const rank = new Map(order.map((family, i) => [family, i]));
  return walkStack(items, rank, isAfterCut);
}

interface Run {
  items: { candidate: Structural; family: string }[];
}

interface Item {
  candidate: Structural;
  family: string;
}

function familyHolds(family: string, runs: Run[]): boolean {
  if (family.startsWith('tag:')) return runs.reduce((n, r) => n + r.items.length, 0) >= 2;
  return runs.some((r) => r.items.length >= 2);
}

/**
 * A heading typed with the wrong family's marker: （一）（二） followed by "三、…" and then,
 * later, the real "三、" of the outer family. When the next item of the same family repeats the
 * number and the latest deeper family expects exactly that number next, the first one belongs
 * to the deeper family.
 */
function repairMistypedMarkers(candidates: Structural[]): Item[] {
  const items: Item[] = candidates.map((candidate) => ({ candidate, family: familyOf(candidate) }));
  // For each item, the index of the next and of the previous item of its family (linear passes).
  const nextSame = new Array<number>(items.length).fill(-1);
  const previousSame = new Array<number>(items.length).fill(-1);
  const seen = new Map<string, number>();
  for (let i = items.length - 1; i >= 0; i--) {
    const family = (items[i] as Item).family;
    nextSame[i] = seen.get(family) ?? -1;
    seen.set(family, i);
  }
  seen.clear();
  items.forEach((item, i) => {
    previousSame[i] = seen.get(item.family) ?? -1;
    seen.set(item.family, i);
  });
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (item.candidate.kind !== 'numbered') continue;
    const ordinal = item.candidate.marker.ordinal;
    const rank = canonicalRank(item.family);
    const next = items[nextSame[i] as number];
    if (rank === undefined || ordinal < 2 || !next || ordinalOf(next.candidate) !== ordinal) continue;
    // The latest item of a deeper family since this family's previous item.
    for (let j = i - 1; j > (previousSame[i] as number); j--) {
      const before = items[j] as Item;
      const beforeRank = canonicalRank(before.family);
      if (beforeRank === undefined || beforeRank <= rank) continue;
      if (ordinalOf(before.candidate) === ordinal - 1) items[i] = { candidate: item.candidate, family: before.family };
      break;
    }
  }
  return items;
}

/** Runs of each family: numbers counting up by one (or jumping a truncation cut). */
function runsByFamily(items: Item[], isAfterCut: CutTest): Map<string, Run[]> {
  const byFamily = new Map<string, Run[]>();
  const lastOrdinal = new Map<string, number>();
  const lastIndex = new Map<string, number>();
  for (const item of items) {
    const { family, candidate } = item;
    const list = byFamily.get(family) ?? [];
    byFamily.set(family, list);
    if (candidate.kind === 'heading') {
      if (list.length === 0) list.push({ items: [] });
      (list[0] as Run).items.push(item);
      continue;
    }
    const ordinal = candidate.marker.ordinal;
    const last = lastOrdinal.get(family);
    const open = list.length > 0 && last !== undefined;
    const continues = open && (ordinal === last + 1 || (ordinal > last && isAfterCut(lastIndex.get(family) ?? 0, candidate.index)));
    if (continues) {
      (list[list.length - 1] as Run).items.push(item);
    } else if (ordinal === 1) {
      list.push({ items: [item] });
    } else {
      continue;
    }
    lastOrdinal.set(family, ordinal);
    lastIndex.set(family, candidate.index);
  }
  return byFamily;
}

/**
 * How many runs of `inner` lie wholly between two consecutive items of one run of `outer`:
 * the page's own evidence that `inner` nests inside `outer`.
 */
function enclosedRuns(inner: Run[], outer: Run[]): number {
  // The gaps between consecutive items of the outer runs, in document order (runs of one
  // family never overlap), searched by bisection.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const run of outer) {
    for (let i = 0; i + 1 < run.items.length; i++) {
      starts.push((run.items[i] as Item).candidate.index);
      ends.push((run.items[i + 1] as Item).candidate.index);
    }
  }
  let count = 0;
  for (const run of inner) {
    const first = (run.items[0] as Item).candidate.index;
    const last = (run.items[run.items.length - 1] as Item).candidate.index;
    let low = 0;
    let high = starts.length - 1;
    let gap = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < first) {
        gap = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (gap >= 0 && last < (ends[gap] as number)) count++;
  }
  return count;
}

/** Families from outermost to innermost. */
function rankFamilies(kept: Set<string>, runs: Map<string, Run[]>, items: Item[]): string[] {
  const families = [...kept];
  const firstSeen = new Map<string, number>();
  items.forEach((item, i) => {
    if (!firstSeen.has(item.family)) firstSeen.set(item.family, i);
  });
  const above = (a: string, b: string): boolean => {
    const aOverB = enclosedRuns(runs.get(b) ?? [], runs.get(a) ?? []);
    const bOverA = enclosedRuns(runs.get(a) ?? [], runs.get(b) ?? []);
    return aOverB > bOverA;
  };
  const fallback = (a: string, b: string): number => {
    const ra = canonicalRank(a);
    const rb = canonicalRank(b);
    if (ra !== undefined && rb !== undefined && ra !== rb) return ra - rb;
    if (a.startsWith('tag:h') && b.startsWith('tag:h')) return a.localeCompare(b);
    return (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0);
  };
  const order: string[] = [];
  const remaining = new Set(families);
  while (remaining.size > 0) {
    const pool = [...remaining];
    const free = pool.filter((f) => !pool.some((g) => g !== f && above(g, f)));
    const choice = (free.length > 0 ? free : pool).sort(fallback)[0] as string;
    order.push(choice);
    remaining.delete(choice);
  }
  return order;
}

interface OpenEntry {
  family: string;
  rank: number;
  ordinal: number;
  /** Index into `placed` of the first item of this run. */
  runStart: number;
  runLength: number;
  lineIndex: number;
}

function walkStack(items: Item[], rank: Map<string, number>, isAfterCut: CutTest): PlacedItem[] {
  const placed: (PlacedItem | null)[] = [];
  const stack: OpenEntry[] = [];
  const lastPlaced = new Map<string, number>();
  for (const { candidate, family } of items) {
    const r = rank.get(family);
    if (r === undefined) continue;
    const ordinal = ordinalOf(candidate);
    const openAt = stack.findIndex((e) => e.family === family);
    const open = openAt >= 0 ? (stack[openAt] as OpenEntry) : null;
    let runStart = placed.length;
    let runLength = 1;
    if (candidate.kind === 'heading') {
      if (open) {
        runStart = open.runStart;
        runLength = open.runLength + 1;
      }
    } else if (open && (ordinal === open.ordinal + 1 || (ordinal > open.ordinal && isAfterCut(open.lineIndex, candidate.index)))) {
      runStart = open.runStart;
      runLength = open.runLength + 1;
    } else if (ordinal === 1) {
      // A restart with no new parent in between: a lone earlier item was a stray.
      if (open && open.runLength === 1) placed[open.runStart] = null;
    } else if (open || ordinal !== (lastPlaced.get(family) ?? -1) + 1) {
      // Not a numbering that runs on across a new parent (（一）…（五） under 一、, （六） under 二、).
      continue;
    }
    lastPlaced.set(family, ordinal);
    while (stack.length > 0 && (stack[stack.length - 1] as OpenEntry).rank >= r) stack.pop();
    stack.push({ family, rank: r, ordinal, runStart, runLength, lineIndex: candidate.index });
    placed.push({ candidate, level: stack.length });
  }
  return placed.filter((p): p is PlacedItem => p !== null);
}
