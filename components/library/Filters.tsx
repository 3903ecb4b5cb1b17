import { t } from '../../utils/i18n';

interface Props {
  tags: string[];
  hosts: string[];
  tag: string;
  host: string;
  onTag(tag: string): void;
  onHost(host: string): void;
  /** Absent when there is nothing to clear. */
  onClear?: () => void;
}

/** Narrow by tag and by site; the empty value means "all". */
export function Filters({ tags, hosts, tag, host, onTag, onHost, onClear }: Props) {
  return (
    <div class="filters">
      <FilterSelect id="library-tag" label={t('libraryFilterTag')} all={t('libraryFilterTagAll')} options={tags} value={tag} onChange={onTag} />
      <FilterSelect id="library-host" label={t('libraryFilterHost')} all={t('libraryFilterHostAll')} options={hosts} value={host} onChange={onHost} />
      <button type="button" class="button-quiet" disabled={!onClear} onClick={onClear}>
        {t('libraryFiltersClear')}
      </button>
    </div>
  );
}

interface SelectProps {
  id: string;
  label: string;
  all: string;
  options: string[];
  value: string;
  onChange(value: string): void;
}

function FilterSelect({ id, label, all, options, value, onChange }: SelectProps) {
  // A chosen value stays listed even after its last excerpt is gone, so the select never lies about the filter.
  const shown = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <span class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{all}</option>
        {shown.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </span>
  );
}
