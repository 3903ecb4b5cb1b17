// The 提纲 block the page carries, as a nested list. Items the body reaches jump
// there; items a truncated preview never reaches stay visible but disabled, with
// a note, so the reader sees what the page left out.
import { useMemo } from 'preact/hooks';
import { t } from '../utils/i18n';
import { buildTree, type TreeNode } from '../utils/outline-tree';
import type { PanelSyllabusItem } from './panel-types';

export interface SyllabusListProps {
  items: readonly PanelSyllabusItem[];
  onNavigate(id: string): void;
}

export function SyllabusList({ items, onNavigate }: SyllabusListProps) {
  const roots = useMemo(() => buildTree(items), [items]);
  const renderNodes = (nodes: readonly TreeNode<PanelSyllabusItem>[]) =>
    nodes.map((node) => (
      <li key={node.index} class="syllabus-item">
        <SyllabusEntry item={node.item} depth={node.depth} onNavigate={onNavigate} />
        {node.children.length > 0 ? <ul>{renderNodes(node.children)}</ul> : null}
      </li>
    ));
  return (
    <ul class="syllabus-list" aria-label={t('syllabusLabel')}>
      {renderNodes(roots)}
    </ul>
  );
}

function SyllabusEntry({ item, depth, onNavigate }: { item: PanelSyllabusItem; depth: number; onNavigate(id: string): void }) {
  const style = { '--lectern-depth': depth - 1 };
  const { targetId } = item;
  if (!item.inBody) {
    // A disabled button rather than `disabled`: it stays in the tab order, so
    // keyboard and screen-reader users can find the item and hear the note.
    return (
      <button type="button" class="syllabus-entry is-missing" style={style} aria-disabled="true">
        <span class="syllabus-text">{item.text}</span> <span class="syllabus-note">{t('syllabusNotInPreview')}</span>
      </button>
    );
  }
  if (targetId === undefined) {
    return (
      <span class="syllabus-entry" style={style}>
        <span class="syllabus-text">{item.text}</span>
      </span>
    );
  }
  return (
    <button type="button" class="syllabus-entry is-link" style={style} onClick={() => onNavigate(targetId)}>
      <span class="syllabus-text">{item.text}</span>
    </button>
  );
}
