// Outline / 提纲 / Speakers switch: an ARIA tab list (arrow keys move between tabs and select).
import { useRef } from 'preact/hooks';
import { t } from '../utils/i18n';

export type PanelView = 'outline' | 'syllabus' | 'speakers';

const TAB_TEXT = { outline: 'outlineTab', syllabus: 'syllabusTab', speakers: 'speakersTab' } as const;

export interface ViewTabsProps {
  /** The views this page offers, in tab order. */
  views: readonly PanelView[];
  view: PanelView;
  onViewChange(view: PanelView): void;
  /** Prefix for the tab and tab-panel ids: `${idBase}-tab-outline`, `${idBase}-panel-outline`. */
  idBase: string;
}

export function ViewTabs({ views: VIEWS, view, onViewChange, idBase }: ViewTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);

  const select = (next: PanelView) => {
    onViewChange(next);
    listRef.current?.querySelector<HTMLElement>(`[data-view="${next}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.indexOf(view);
    let next: PanelView | undefined;
    if (event.key === 'ArrowRight') next = VIEWS[(index + 1) % VIEWS.length];
    else if (event.key === 'ArrowLeft') next = VIEWS[(index + VIEWS.length - 1) % VIEWS.length];
    else if (event.key === 'Home') next = VIEWS[0];
    else if (event.key === 'End') next = VIEWS[VIEWS.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    select(next);
  };

  return (
    <div ref={listRef} class="view-tabs" role="tablist" aria-label={t('panelViews')} onKeyDown={onKeyDown}>
      {VIEWS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          class="view-tab"
          id={`${idBase}-tab-${name}`}
          data-view={name}
          aria-selected={view === name}
          // Only the selected view is rendered, so only its tab can point at it.
          aria-controls={view === name ? `${idBase}-panel-${name}` : undefined}
          tabIndex={view === name ? 0 : -1}
          onClick={() => onViewChange(name)}
        >
          {t(TAB_TEXT[name])}
        </button>
      ))}
    </div>
  );
}
