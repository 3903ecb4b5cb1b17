import { t } from '../../utils/i18n';

interface Props {
  value: string;
  onChange(value: string): void;
}

/** The full-text search box; the page debounces what it types. */
export function SearchBar({ value, onChange }: Props) {
  return (
    <form role="search" class="search-bar" onSubmit={(event) => event.preventDefault()}>
      <label for="library-search">{t('librarySearchLabel')}</label>
      <input
        id="library-search"
        type="search"
        value={value}
        placeholder={t('librarySearchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </form>
  );
}
