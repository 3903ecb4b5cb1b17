// Turns paragraph-initial enumerators into outline items. Within one structural section a
// family must run 1, 2, 3… (other paragraphs may sit between); a run of one is dropped.
// A rank-2 list (一是…) that starts inside a rank-1 passage (首先…其次…) nests under it.

import type { Candidate } from './candidates';
import type { PlacedItem } from './levels';

type EnumCandidate = Extract<Candidate, { kind: 'enumeration' }>;

interface Sequence {
  family: string;
  rank: 1 | 2;
  items: EnumCandidate[];
  parent: Sequence | null;
  baseLevel: number;
}

/**
 * @param sectionOf maps a line index to its enclosing structural item (or null at top level).
 */
export function placeEnumerations(candidates: EnumCandidate[], sectionOf: (index: number) => PlacedItem | null): PlacedItem[] {
  const sequences: Sequence[] = [];
  let currentSection: PlacedItem | null | undefined;
  let open = new Map<string, Sequence>();

  for (const candidate of candidates) {
    const section = sectionOf(candidate.index);
    if (section !== currentSection) {
      currentSection = section;
      open = new Map();
    }
    const { family, ordinal, rank } = candidate.enumerator;
    const running = open.get(family);
    if (running && ordinal === (running.items.length) + 1) {
      running.items.push(candidate);
      continue;
    }
    if (ordinal !== 1) continue;
    const enclosing = [...open.values()].reverse().find((s) => s.family !== family && s.rank < rank) ?? null;
    const sequence: Sequence = { family, rank, items: [candidate], parent: enclosing, baseLevel: section ? section.level + 1 : 1 };
    open.set(family, sequence);
    sequences.push(sequence);
  }

  const placed: PlacedItem[] = [];
  for (const sequence of sequences) {
    if (sequence.items.length < 2) continue;
    const level = levelOf(sequence);
    for (const candidate of sequence.items) placed.push({ candidate, level });
  }
  return placed;
}

function levelOf(sequence: Sequence): number {
  const parent = sequence.parent;
  if (parent && parent.items.length >= 2) return levelOf(parent) + 1;
  return sequence.baseLevel;
}
