// Display controls above the outline tree: expand/collapse all, the level filter
// and the enumeration toggle. Native buttons, radios and a checkbox, so keyboard
// and screen-reader behaviour come for free.
import { useId } from 'preact/hooks';
import { t, type MessageKey } from '../utils/i18n';
import type { LevelFilter } from '../utils/outline-tree';

export interface OutlineControlsProps {
  levelFilter: LevelFilter;
  onLevelFilterChange(filter: LevelFilter): void;
  /** Deepest nesting in the outline; the level filter only appears when there is something to filter. */
  treeDepth: number;
  showEnumerations: boolean;
  onShowEnumerationsChange(show: boolean): void;
  hasEnumerations: boolean;
  canExpandOrCollapse: boolean;
  onExpandAll(): void;
  onCollapseAll(): void;
}

const LEVEL_CHOICES: ReadonlyArray<{ filter: LevelFilter; label: MessageKey }> = [
  { filter: 1, label: 'outlineLevels1' },
  { filter: 2, label: 'outlineLevels12' },
  { filter: 'all', label: 'outlineLevelsAll' },
];

export function OutlineControls(props: OutlineControlsProps) {
  const groupId = useId();
  const showLevels = props.treeDepth > 1;
  if (!showLevels && !props.hasEnumerations && !props.canExpandOrCollapse) return null;
  return (
    <div class="outline-controls" role="group" aria-label={t('outlineControlsLabel')}>
      {props.canExpandOrCollapse ? (
        <div class="control-row">
          <button type="button" class="text-button" onClick={props.onExpandAll}>
            {t('outlineExpandAll')}
          </button>
          <button type="button" class="text-button" onClick={props.onCollapseAll}>
            {t('outlineCollapseAll')}
          </button>
        </div>
      ) : null}
      {showLevels ? (
        <div class="control-row level-filter" role="radiogroup" aria-labelledby={`${groupId}-levels`}>
          <span class="control-label" id={`${groupId}-levels`}>
            {t('outlineLevelsLabel')}
          </span>
          {LEVEL_CHOICES.map(({ filter, label }) => (
            <label class="segment" key={filter}>
              <input
                type="radio"
                name={`${groupId}-level`}
                checked={props.levelFilter === filter}
                onChange={() => props.onLevelFilterChange(filter)}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </div>
      ) : null}
      {props.hasEnumerations ? (
        <label class="control-row checkbox">
          <input
            type="checkbox"
            checked={props.showEnumerations}
            onChange={(event) => props.onShowEnumerationsChange(event.currentTarget.checked)}
          />
          <span>{t('outlineShowEnumerations')}</span>
        </label>
      ) : null}
    </div>
  );
}
