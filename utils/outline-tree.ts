// Pure helpers behind the outline tree: nesting a flat, ordered list of leveled
// items, finding ancestors, and working out which rows a given view shows.
// No DOM, no Preact: the panel and the tests share these.

export interface Leveled {
  /** 1 is the top level; a source may skip levels (1 → 3). */
  level: number;
}

export interface OutlineEntry extends Leveled {
  id: string;
  kind: 'numbered' | 'heading' | 'enumeration';
}

export interface TreeNode<T> {
  item: T;
  /** Position in the list the tree was built from. */
  index: number;
  /** Nesting depth, 1 at the root. Smaller than `item.level` when the source skips levels. */
  depth: number;
  parent: TreeNode<T> | null;
  children: TreeNode<T>[];
}

/** "Show levels 1 / 1–2 / all" counts nesting depth, so a skipped source level does not hide a whole branch. */
export type LevelFilter = 1 | 2 | 'all';

export function maxDepthOf(filter: LevelFilter): number {
  return filter === 'all' ? Number.POSITIVE_INFINITY : filter;
}

/**
 * Nests items under the nearest earlier item with a smaller level. A level-3
 * item straight after a level-1 item becomes its child (depth 2); an item whose
 * level is smaller than everything before it becomes a root.
 */
export function buildTree<T extends Leveled>(items: readonly T[]): TreeNode<T>[] {
  const roots: TreeNode<T>[] = [];
  const open: TreeNode<T>[] = [];
  items.forEach((item, index) => {
    while (open.length > 0 && open[open.length - 1]!.item.level >= item.level) open.pop();
    const parent = open[open.length - 1] ?? null;
    const node: TreeNode<T> = { item, index, depth: open.length + 1, parent, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  });
  return roots;
}

/**
 * Indices of the ancestors of `items[index]`, root first — the same nesting as
 * `buildTree` (a parent is the nearest earlier item with a smaller level).
 */
export function ancestorIndices(items: readonly Leveled[], index: number): number[] {
  const target = items[index];
  if (!target) return [];
  const ancestors: number[] = [];
  let below = target.level;
  for (let i = index - 1; i >= 0; i--) {
    const level = items[i]!.level;
    if (level < below) {
      ancestors.unshift(i);
      below = level;
    }
  }
  return ancestors;
}

export function ancestorIds(items: readonly OutlineEntry[], id: string): string[] {
  const index = items.findIndex((item) => item.id === id);
  return index < 0 ? [] : ancestorIndices(items, index).map((i) => items[i]!.id);
}

export function withoutEnumerations<T extends OutlineEntry>(items: readonly T[], showEnumerations: boolean): T[] {
  return showEnumerations ? [...items] : items.filter((item) => item.kind !== 'enumeration');
}

/** Whether a node shows a disclosure: it has children and the level filter lets them show. */
export function isExpandable(node: TreeNode<unknown>, maxDepth: number): boolean {
  return node.children.length > 0 && node.depth < maxDepth;
}

export interface VisibleRow<T> {
  node: TreeNode<T>;
  id: string;
  /** aria-posinset / aria-setsize among the visible siblings. */
  posInSet: number;
  setSize: number;
  expandable: boolean;
  expanded: boolean;
}

export interface TreeView {
  maxDepth: number;
  /** Ids the reader collapsed; everything else within `maxDepth` is open. */
  collapsed: ReadonlySet<string>;
}

/** The rows a reader can see, in document order — the order arrow keys move through. */
export function visibleRows<T extends OutlineEntry>(roots: readonly TreeNode<T>[], view: TreeView): VisibleRow<T>[] {
  const rows: VisibleRow<T>[] = [];
  const walk = (siblings: readonly TreeNode<T>[]): void => {
    siblings.forEach((node, i) => {
      const expandable = isExpandable(node, view.maxDepth);
      const expanded = expandable && !view.collapsed.has(node.item.id);
      rows.push({ node, id: node.item.id, posInSet: i + 1, setSize: siblings.length, expandable, expanded });
      if (expanded) walk(node.children);
    });
  };
  walk(roots);
  return rows;
}

/** Every node that can collapse under the filter — what "collapse all" collapses. */
export function expandableIds<T extends OutlineEntry>(roots: readonly TreeNode<T>[], maxDepth: number): string[] {
  const ids: string[] = [];
  const walk = (nodes: readonly TreeNode<T>[]): void => {
    for (const node of nodes) {
      if (!isExpandable(node, maxDepth)) continue;
      ids.push(node.item.id);
      walk(node.children);
    }
  };
  walk(roots);
  return ids;
}

/**
 * The visible row that stands for the reading position: the current item
 * itself, or — when a collapsed branch, the level filter or the enumeration
 * toggle hides it — its nearest visible ancestor. `shown` is the list the rows
 * were built from; `all` is the full outline, for a current item the
 * enumeration toggle removed.
 */
export function locationRowId(
  shown: readonly OutlineEntry[],
  all: readonly OutlineEntry[],
  rows: readonly VisibleRow<unknown>[],
  currentId: string | null,
): string | null {
  if (currentId === null) return null;
  const visible = new Set(rows.map((row) => row.id));
  if (visible.has(currentId)) return currentId;
  const inShown = shown.some((item) => item.id === currentId);
  const ancestors = ancestorIds(inShown ? shown : all, currentId);
  for (let i = ancestors.length - 1; i >= 0; i--) {
    if (visible.has(ancestors[i]!)) return ancestors[i]!;
  }
  return null;
}
