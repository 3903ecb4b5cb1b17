import { t } from '../../utils/i18n';

export type LibraryView = 'newest' | 'grouped';

export function ViewToggle({ view, onChange }: { view: LibraryView; onChange(view: LibraryView): void }) {
  const option = (value: LibraryView, label: string) => (
    <label class="view-option">
      <input type="radio" name="library-view" value={value} checked={view === value} onChange={() => onChange(value)} />
      {label}
    </label>
  );
  return (
    <fieldset class="view-toggle">
      <legend>{t('libraryViewLabel')}</legend>
      {option('newest', t('libraryViewNewest'))}
      {option('grouped', t('libraryViewGrouped'))}
    </fieldset>
  );
}
