import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  shownIds: string[];
  selected: ReadonlySet<string>;
  onSelectShown(select: boolean): void;
  onClear(): void;
  onDeleteSelected(viaKeyboard: boolean): void;
}

/** Select the shown excerpts at once, see how many are selected, clear or delete them. */
export function SelectionBar({ shownIds, selected, onSelectShown, onClear, onDeleteSelected }: Props) {
  const box = useRef<HTMLInputElement>(null);
  const shownSelected = shownIds.filter((id) => selected.has(id)).length;
  const all = shownIds.length > 0 && shownSelected === shownIds.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = shownSelected > 0 && !all;
  }, [shownSelected, all]);

  return (
    <div class="selection-bar">
      <label class="select-shown">
        <input
          ref={box}
          type="checkbox"
          checked={all}
          disabled={shownIds.length === 0}
          onChange={(event) => onSelectShown(event.currentTarget.checked)}
        />
        {t('librarySelectShown')}
      </label>
      {selected.size > 0 && (
        <>
          <span class="selected-count">{t('librarySelectedCount', String(selected.size))}</span>
          <button type="button" class="button-quiet" onClick={onClear}>
            {t('libraryClearSelection')}
          </button>
          <button type="button" class="button-danger" onClick={(event) => onDeleteSelected(event.detail === 0)}>
            {t('libraryDeleteSelected')}
          </button>
        </>
      )}
    </div>
  );
}
