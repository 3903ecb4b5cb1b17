// The reading panel shell: header, status lines, outline / 提纲 / Speakers views and the
// small tab it collapses to. Data and callbacks come from the content script;
// the panel only keeps view state (filter, enumerations, collapsed nodes, tab).
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import {
  ancestorIds,
  buildTree,
  expandableIds,
  maxDepthOf,
  withoutEnumerations,
  type LevelFilter,
  type TreeNode,
} from '../utils/outline-tree';
import type { ExportItem } from '../utils/outline-export';
import { CopyOutline } from './CopyOutline';
import { OutlineControls } from './OutlineControls';
import { OutlineTree } from './OutlineTree';
import { ProgressLine, TruncationBanner } from './PanelStatus';
import type { PanelItem, PanelProps } from './panel-types';
import { PanelNoticeLine, ResumeLine } from './ResumeLine';
import { SpeakerList } from './SpeakerList';
import { SyllabusList } from './SyllabusList';
import { ViewTabs, type PanelView } from './ViewTabs';

export type {
  PanelItem,
  PanelNotice,
  PanelProgress,
  PanelProps,
  PanelResume,
  PanelSpeakerTurn,
  PanelSyllabusItem,
  PanelTruncation,
} from './panel-types';

export function Panel(props: PanelProps) {
  const { items, currentId, syllabus, collapsed, onToggleCollapsed } = props;
  const idBase = useId();
  // Without an outline, open on a view that has something: a transcript's speakers, else the 提纲.
  const [view, setView] = useState<PanelView>(() =>
    items.length > 0 ? 'outline' : props.speakers?.length ? 'speakers' : syllabus?.length ? 'syllabus' : 'outline',
  );
  const [levelFilter, setLevelFilter] = useState<LevelFilter>('all');
  const [showEnumerations, setShowEnumerations] = useState(true);
  const [collapsedIds, setCollapsedIds] = useState<ReadonlySet<string>>(() => new Set());
  const scrollRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  // Set when the reader toggles from inside the panel, so focus follows to the
  // counterpart control; a toggle from the keyboard command leaves focus alone.
  const moveFocusAfterToggle = useRef(false);

  const shown = useMemo(() => withoutEnumerations(items, showEnumerations), [items, showEnumerations]);
  const roots = useMemo(() => buildTree(shown), [shown]);
  // Regardless of the level filter, so the buttons stay put and a later "all" stays folded.
  const allExpandable = useMemo(() => expandableIds(roots, maxDepthOf('all')), [roots]);
  const speakers = props.speakers && props.speakers.length > 0 ? props.speakers : null;
  const views = useMemo<PanelView[]>(
    () => ['outline', ...(syllabus ? (['syllabus'] as const) : []), ...(speakers ? (['speakers'] as const) : [])],
    [syllabus !== null, speakers !== null],
  );
  const activeView: PanelView = views.includes(view) ? view : 'outline';
  const speakersScrollRef = useRef<HTMLDivElement>(null);
  // The 提纲 as the copy sees it: items the page did not deliver are marked.
  const syllabusExport = useMemo<ExportItem[] | null>(
    () =>
      syllabus?.map((item, index) => ({ id: `syllabus-${index}`, level: item.level, text: item.text, kind: 'numbered', missing: !item.inBody })) ??
      null,
    [syllabus],
  );
  const copyOutline = (exportItems: readonly ExportItem[]) => (
    <CopyOutline
      title={props.title}
      items={exportItems}
      levelFilter={levelFilter}
      showEnumerations={showEnumerations}
      writeClipboard={props.writeClipboard}
      download={props.download}
    />
  );

  // Reveal the reading position: open every collapsed ancestor, once per change
  // of currentId, so the reader can still fold that branch again afterwards.
  useLayoutEffect(() => {
    if (currentId === null) return;
    const ancestors = [...ancestorIds(items, currentId), ...ancestorIds(shown, currentId)];
    setCollapsedIds((previous) => {
      if (!ancestors.some((id) => previous.has(id))) return previous;
      const next = new Set(previous);
      for (const id of ancestors) next.delete(id);
      return next;
    });
  }, [currentId]);

  useEffect(() => {
    if (!moveFocusAfterToggle.current) return;
    moveFocusAfterToggle.current = false;
    rootRef.current?.querySelector<HTMLElement>(collapsed ? '.lectern-tab' : '.panel-collapse')?.focus();
  }, [collapsed]);

  const toggleFromPanel = () => {
    moveFocusAfterToggle.current = true;
    onToggleCollapsed();
  };

  if (collapsed) {
    return (
      <aside ref={rootRef} class="lectern-panel is-collapsed" data-side={props.side} aria-label={t('panelLabel')}>
        <button type="button" class="lectern-tab" title={t('panelExpand')} aria-label={t('panelExpand')} onClick={toggleFromPanel}>
          <OutlineIcon />
        </button>
      </aside>
    );
  }

  const outlineView = (
    <>
      {items.length > 0 ? copyOutline(items) : null}
      {items.length > 0 ? (
        <OutlineControls
          levelFilter={levelFilter}
          onLevelFilterChange={setLevelFilter}
          treeDepth={treeDepth(roots)}
          showEnumerations={showEnumerations}
          onShowEnumerationsChange={setShowEnumerations}
          hasEnumerations={items.some((item) => item.kind === 'enumeration')}
          canExpandOrCollapse={allExpandable.length > 0}
          onExpandAll={() => {
            setLevelFilter('all');
            setCollapsedIds(new Set());
          }}
          onCollapseAll={() => setCollapsedIds(new Set(allExpandable))}
        />
      ) : null}
      <div ref={scrollRef} class="panel-body">
        {items.length > 0 ? (
          <OutlineTree
            items={items}
            currentId={currentId}
            levelFilter={levelFilter}
            showEnumerations={showEnumerations}
            collapsed={collapsedIds}
            onCollapsedChange={setCollapsedIds}
            onNavigate={props.onNavigate}
            onSaveSection={props.onSaveSection}
            label={t('outlineTreeLabel')}
            scrollContainer={scrollRef}
          />
        ) : (
          <p class="panel-empty">{t('outlineEmpty')}</p>
        )}
      </div>
    </>
  );

  const syllabusView = syllabus ? (
    <>
      {syllabusExport ? copyOutline(syllabusExport) : null}
      <div class="panel-body">
        <SyllabusList items={syllabus} onNavigate={props.onNavigate} />
      </div>
    </>
  ) : null;

  const speakersView = speakers ? (
    <div ref={speakersScrollRef} class="panel-body">
      <SpeakerList turns={speakers} currentId={props.currentTurnId ?? null} onNavigate={props.onNavigate} scrollContainer={speakersScrollRef} />
    </div>
  ) : null;

  const viewContent = { outline: outlineView, syllabus: syllabusView, speakers: speakersView };

  return (
    <aside ref={rootRef} class="lectern-panel" data-side={props.side} aria-label={t('panelLabel')}>
      <div class="panel-header">
        {/* Not a heading element: the page's own heading structure is what the reader navigates. */}
        <div class="panel-title" title={props.title}>
          {props.title}
        </div>
        <button type="button" class="icon-button panel-collapse" title={t('panelCollapse')} aria-label={t('panelCollapse')} onClick={toggleFromPanel}>
          <CollapseIcon side={props.side} />
        </button>
      </div>
      {props.progress ? <ProgressLine progress={props.progress} /> : null}
      {props.truncation ? <TruncationBanner truncation={props.truncation} /> : null}
      {props.resume ? <ResumeLine resume={props.resume} /> : null}
      {props.notice ? <PanelNoticeLine notice={props.notice} onDismiss={props.onDismissNotice} /> : null}
      {views.length > 1 ? (
        <>
          <ViewTabs views={views} view={activeView} onViewChange={setView} idBase={idBase} />
          <div
            class="panel-view"
            role="tabpanel"
            id={`${idBase}-panel-${activeView}`}
            aria-labelledby={`${idBase}-tab-${activeView}`}
          >
            {viewContent[activeView]}
          </div>
        </>
      ) : (
        <div class="panel-view">{outlineView}</div>
      )}
      {props.extraSections ? <div class="panel-extras">{props.extraSections}</div> : null}
    </aside>
  );
}

function treeDepth(nodes: readonly TreeNode<PanelItem>[]): number {
  let depth = 0;
  for (const node of nodes) depth = Math.max(depth, node.depth, treeDepth(node.children));
  return depth;
}

function OutlineIcon() {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 3h12M4 8h10M6 13h8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" fill="none" />
    </svg>
  );
}

/** A chevron pointing toward the edge the panel folds into. */
function CollapseIcon({ side }: { side: 'left' | 'right' }) {
  const d = side === 'right' ? 'M6 3l5 5-5 5' : 'M10 3L5 8l5 5';
  return (
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" fill="none" />
    </svg>
  );
}
