// The outline as an ARIA tree (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/):
// roving tabindex, arrow keys, Home/End, Enter/Space to jump, `*` to open siblings.
// Controlled: the panel owns the filter and the collapsed set.
// Each item has a small menu ("摘录本节"): right-click, or the ContextMenu key /
// Shift+F10 on the focused item; Escape returns focus to the item.
import type { RefObject } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  buildTree,
  locationRowId,
  maxDepthOf,
  visibleRows,
  withoutEnumerations,
  type LevelFilter,
  type TreeNode,
  type VisibleRow,
} from '../utils/outline-tree';
import { t } from '../utils/i18n';
import type { PanelItem } from './panel-types';
import { PanelMenu } from './PanelMenu';
import { revealInContainer } from './reveal-in-container';

export interface OutlineTreeProps {
  /** The whole outline in document order; the tree applies the filters itself. */
  items: readonly PanelItem[];
  currentId: string | null;
  levelFilter: LevelFilter;
  showEnumerations: boolean;
  collapsed: ReadonlySet<string>;
  onCollapsedChange(next: Set<string>): void;
  onNavigate(id: string): void;
  /** "摘录本节" on an item; absent, items have no menu. */
  onSaveSection?(id: string): void;
  label: string;
  /** The panel's scroll box; the current row is kept visible inside it. */
  scrollContainer?: RefObject<HTMLElement | null>;
}

export function OutlineTree(props: OutlineTreeProps) {
  const { items, currentId, levelFilter, showEnumerations, collapsed, onCollapsedChange, onNavigate } = props;
  const baseId = useId();
  const treeRef = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);

  const shown = useMemo(() => withoutEnumerations(items, showEnumerations), [items, showEnumerations]);
  const roots = useMemo(() => buildTree(shown), [shown]);
  const rows = useMemo(
    () => visibleRows(roots, { maxDepth: maxDepthOf(levelFilter), collapsed }),
    [roots, levelFilter, collapsed],
  );
  const nodeById = useMemo(() => indexNodes(roots), [roots]);
  const rowById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const locationId = locationRowId(shown, items, rows, currentId);
  const tabbableId = pickTabbable(rows, rowById, nodeById, activeId, locationId);

  // Follow the reading position: keep its row in view, and let Tab land on it —
  // but never pull keyboard focus away from a reader who is inside the tree.
  useEffect(() => {
    const tree = treeRef.current;
    if (!tree || locationId === null) return;
    const row = findRow(tree, locationId);
    if (row) revealInContainer(row.querySelector('.outline-row') ?? row, props.scrollContainer?.current);
    if (!containsFocus(tree)) setActiveId(locationId);
  }, [locationId]);

  const setOpen = (ids: readonly string[], open: boolean) => {
    const next = new Set(collapsed);
    for (const id of ids) {
      if (open) next.delete(id);
      else next.add(id);
    }
    onCollapsedChange(next);
  };

  const focusRow = (row: VisibleRow<PanelItem> | undefined) => {
    if (!row || !treeRef.current) return;
    setActiveId(row.id);
    findRow(treeRef.current, row.id)?.focus();
  };

  const openMenu = (id: string, at?: { x: number; y: number }) => {
    if (!props.onSaveSection || !treeRef.current) return;
    setActiveId(id);
    const rowBox = findRow(treeRef.current, id)?.querySelector('.outline-row')?.getBoundingClientRect();
    setMenu({ id, x: at?.x ?? (rowBox ? rowBox.left + 16 : 0), y: at?.y ?? (rowBox ? rowBox.bottom : 0) });
  };
  const closeMenu = (restoreFocus: boolean) => {
    const id = menu?.id;
    setMenu(null);
    if (restoreFocus && id !== undefined && treeRef.current) findRow(treeRef.current, id)?.focus();
  };

  const onContextMenu = (event: MouseEvent) => {
    const id = rowIdOf(event.target);
    if (id === null || !props.onSaveSection) return;
    event.preventDefault();
    event.stopPropagation();
    // A keyboard-made contextmenu event has no pointer position: place it by the row.
    openMenu(id, event.clientX || event.clientY ? { x: event.clientX, y: event.clientY } : undefined);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const id = rowIdOf(event.target);
    const index = rows.findIndex((row) => row.id === id);
    const row = rows[index];
    if (!row) return;
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      if (!props.onSaveSection) return;
      openMenu(row.id);
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        focusRow(rows[index + 1]);
        break;
      case 'ArrowUp':
        focusRow(rows[index - 1]);
        break;
      case 'Home':
        focusRow(rows[0]);
        break;
      case 'End':
        focusRow(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (row.expandable && !row.expanded) setOpen([row.id], true);
        // An open node's first child is the next visible row.
        else if (row.expanded) focusRow(rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (row.expanded) setOpen([row.id], false);
        else if (row.node.parent) focusRow(rowById.get(row.node.parent.item.id));
        break;
      case 'Enter':
      case ' ':
        onNavigate(row.id);
        break;
      case '*': {
        const siblings = row.node.parent ? row.node.parent.children : roots;
        setOpen(
          siblings.map((node) => node.item.id).filter((sibling) => rowById.get(sibling)?.expandable),
          true,
        );
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    // The page's own shortcuts (j/k, space to scroll…) must not see keys we used.
    event.stopPropagation();
  };

  const onClick = (event: MouseEvent) => {
    const id = rowIdOf(event.target);
    const row = id === null ? undefined : rowById.get(id);
    if (!row) return;
    setActiveId(row.id);
    const onTwisty = event.target instanceof Element && event.target.closest('.outline-twisty') !== null;
    if (onTwisty && row.expandable) setOpen([row.id], !row.expanded);
    else onNavigate(row.id);
  };

  const renderNodes = (nodes: readonly TreeNode<PanelItem>[]) =>
    nodes.map((node) => {
      const row = rowById.get(node.item.id);
      if (!row) return null;
      const { item } = node;
      const labelId = `${baseId}-label-${node.index}`;
      const isLocation = item.id === locationId;
      return (
        <li
          key={item.id}
          role="treeitem"
          data-id={item.id}
          class={`outline-item outline-${item.kind}${isLocation ? ' is-current' : ''}`}
          aria-level={node.depth}
          aria-setsize={row.setSize}
          aria-posinset={row.posInSet}
          aria-expanded={row.expandable ? row.expanded : undefined}
          aria-current={isLocation ? 'location' : undefined}
          // Named by its own text only; without this the name would include every descendant.
          aria-labelledby={labelId}
          tabIndex={item.id === tabbableId ? 0 : -1}
          onFocus={() => setActiveId(item.id)}
        >
          <div class="outline-row" style={{ '--lectern-depth': node.depth - 1 }}>
            <span class="outline-twisty" aria-hidden="true" />
            <span class="outline-text" id={labelId}>
              {item.text}
            </span>
          </div>
          {row.expanded ? <ul role="group">{renderNodes(node.children)}</ul> : null}
        </li>
      );
    });

  const onSaveSection = props.onSaveSection;
  return (
    <>
      <ul
        ref={treeRef}
        role="tree"
        class="outline-tree"
        aria-label={props.label}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onContextMenu={onContextMenu}
      >
        {renderNodes(roots)}
      </ul>
      {menu && onSaveSection ? (
        <PanelMenu
          key={menu.id}
          label={t('sectionMenuLabel')}
          class="section-menu"
          style={{ left: `${menu.x}px`, top: `${menu.y}px` }}
          items={[{ key: 'save', label: t('sectionSave'), onSelect: () => onSaveSection(menu.id) }]}
          onClose={closeMenu}
        />
      ) : null}
    </>
  );
}

/** Exactly one row is tabbable: the last one focused, else the reading position, else the first. */
function pickTabbable(
  rows: readonly VisibleRow<PanelItem>[],
  rowById: ReadonlyMap<string, VisibleRow<PanelItem>>,
  nodeById: ReadonlyMap<string, TreeNode<PanelItem>>,
  activeId: string | null,
  locationId: string | null,
): string | null {
  // A focused row hidden by a collapse hands the tab stop to its nearest visible ancestor.
  for (let node = activeId === null ? undefined : nodeById.get(activeId); node; node = node.parent ?? undefined) {
    if (rowById.has(node.item.id)) return node.item.id;
  }
  if (locationId !== null) return locationId;
  return rows[0]?.id ?? null;
}

function indexNodes(roots: readonly TreeNode<PanelItem>[]): Map<string, TreeNode<PanelItem>> {
  const byId = new Map<string, TreeNode<PanelItem>>();
  const walk = (nodes: readonly TreeNode<PanelItem>[]): void => {
    for (const node of nodes) {
      byId.set(node.item.id, node);
      walk(node.children);
    }
  };
  walk(roots);
  return byId;
}

function rowIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('[role="treeitem"]')?.getAttribute('data-id') ?? null;
}

function findRow(tree: Element, id: string): HTMLElement | null {
  for (const row of tree.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
    if (row.getAttribute('data-id') === id) return row;
  }
  return null;
}

/** Works inside a shadow root, where document.activeElement is only the host. */
function containsFocus(element: Element): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active !== null && element.contains(active);
}
