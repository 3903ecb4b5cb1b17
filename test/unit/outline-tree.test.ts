import { describe, expect, it } from 'vitest';
import {
  ancestorIds,
  ancestorIndices,
  buildTree,
  expandableIds,
  locationRowId,
  maxDepthOf,
  visibleRows,
  withoutEnumerations,
  type OutlineEntry,
  type TreeNode,
} from '../../utils/outline-tree';

const entry = (id: string, level: number, kind: OutlineEntry['kind'] = 'numbered'): OutlineEntry => ({ id, level, kind });

/** 一、 (一) 1. / (二) / 二、 (一) with enumerations under the first 1. */
const speech: OutlineEntry[] = [
  entry('a', 1),
  entry('a1', 2),
  entry('a1x', 3),
  entry('a1x-e1', 4, 'enumeration'),
  entry('a1x-e2', 4, 'enumeration'),
  entry('a2', 2),
  entry('b', 1),
  entry('b1', 2),
];

const shape = (nodes: readonly TreeNode<OutlineEntry>[]): unknown[] =>
  nodes.map((node) => (node.children.length ? [node.item.id, shape(node.children)] : node.item.id));

describe('buildTree', () => {
  it('nests levels 1/2/3 in document order', () => {
    const roots = buildTree(speech);
    expect(shape(roots)).toEqual([
      ['a', [['a1', [['a1x', ['a1x-e1', 'a1x-e2']]]], 'a2']],
      ['b', ['b1']],
    ]);
    const a1x = roots[0]!.children[0]!.children[0]!;
    expect(a1x.depth).toBe(3);
    expect(a1x.parent?.item.id).toBe('a1');
    expect(a1x.index).toBe(2);
  });

  it('nests a skipped level under the nearest shallower item, one depth down', () => {
    const roots = buildTree([entry('a', 1), entry('deep', 3), entry('mid', 2), entry('b', 1)]);
    expect(shape(roots)).toEqual([['a', ['deep', 'mid']], 'b']);
    expect(roots[0]!.children.map((node) => node.depth)).toEqual([2, 2]);
  });

  it('makes an item shallower than everything before it a root, and starts anywhere', () => {
    expect(shape(buildTree([entry('x', 2), entry('y', 3), entry('z', 1)]))).toEqual([['x', ['y']], 'z']);
    expect(buildTree([])).toEqual([]);
  });
});

describe('ancestors', () => {
  it('matches the tree nesting, root first', () => {
    expect(ancestorIndices(speech, 3)).toEqual([0, 1, 2]);
    expect(ancestorIds(speech, 'a2')).toEqual(['a']);
    expect(ancestorIds(speech, 'b')).toEqual([]);
    expect(ancestorIds(speech, 'missing')).toEqual([]);
    expect(ancestorIndices([entry('a', 1), entry('deep', 3), entry('mid', 2)], 2)).toEqual([0]);
  });
});

describe('visibleRows', () => {
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const roots = buildTree(speech);

  it('shows everything by default, with set sizes and positions among siblings', () => {
    const rows = visibleRows(roots, { maxDepth: maxDepthOf('all'), collapsed: new Set() });
    expect(ids(rows)).toEqual(speech.map((item) => item.id));
    const a2 = rows.find((row) => row.id === 'a2')!;
    expect([a2.posInSet, a2.setSize, a2.expandable]).toEqual([2, 2, false]);
    expect(rows[0]).toMatchObject({ expandable: true, expanded: true });
  });

  it('hides the children of collapsed nodes', () => {
    const rows = visibleRows(roots, { maxDepth: Infinity, collapsed: new Set(['a1']) });
    expect(ids(rows)).toEqual(['a', 'a1', 'a2', 'b', 'b1']);
    expect(rows[1]).toMatchObject({ expandable: true, expanded: false });
  });

  it('applies the level filter by depth; nodes at the limit are not expandable', () => {
    const top = visibleRows(roots, { maxDepth: maxDepthOf(1), collapsed: new Set() });
    expect(ids(top)).toEqual(['a', 'b']);
    expect(top.every((row) => !row.expandable)).toBe(true);
    expect(ids(visibleRows(roots, { maxDepth: maxDepthOf(2), collapsed: new Set() }))).toEqual(['a', 'a1', 'a2', 'b', 'b1']);
  });

  it('drops enumerations when they are hidden, and a parent left without children stops being expandable', () => {
    const rows = visibleRows(buildTree(withoutEnumerations(speech, false)), { maxDepth: Infinity, collapsed: new Set() });
    expect(ids(rows)).toEqual(['a', 'a1', 'a1x', 'a2', 'b', 'b1']);
    expect(rows.find((row) => row.id === 'a1x')!.expandable).toBe(false);
  });

  it('lists the expandable nodes for "collapse all"', () => {
    expect(expandableIds(roots, Infinity)).toEqual(['a', 'a1', 'a1x', 'b']);
    expect(expandableIds(roots, 2)).toEqual(['a', 'b']);
  });
});

describe('locationRowId', () => {
  const roots = buildTree(speech);

  it('is the current item when visible, else its nearest visible ancestor', () => {
    const all = visibleRows(roots, { maxDepth: Infinity, collapsed: new Set() });
    expect(locationRowId(speech, speech, all, 'a1x')).toBe('a1x');
    const folded = visibleRows(roots, { maxDepth: Infinity, collapsed: new Set(['a1']) });
    expect(locationRowId(speech, speech, folded, 'a1x-e2')).toBe('a1');
    const top = visibleRows(roots, { maxDepth: 1, collapsed: new Set() });
    expect(locationRowId(speech, speech, top, 'a1x')).toBe('a');
    expect(locationRowId(speech, speech, top, null)).toBeNull();
  });

  it('finds the ancestor of a current enumeration the toggle removed', () => {
    const shown = withoutEnumerations(speech, false);
    const rows = visibleRows(buildTree(shown), { maxDepth: Infinity, collapsed: new Set() });
    expect(locationRowId(shown, speech, rows, 'a1x-e1')).toBe('a1x');
  });
});
