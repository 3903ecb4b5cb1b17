import type { PlacedExcerpt } from '../../utils/reader/excerpt-session';
import { t } from '../../utils/i18n';

/** This page's excerpts by section, each a jump to its highlight; the ones not found listed with their text. */
export function PageExcerpts(props: {
  placed: readonly PlacedExcerpt[];
  picking: boolean;
  onTogglePick(): void;
  onReveal(id: string): void;
  loadError: string | null;
}) {
  const found = props.placed.filter((p) => p.found);
  const missing = props.placed.filter((p) => !p.found);
  const bySection = new Map<string, PlacedExcerpt[]>();
  for (const placed of found) {
    const section = placed.excerpt.sectionPath.at(-1) ?? t('excerptNoSection');
    bySection.set(section, [...(bySection.get(section) ?? []), placed]);
  }
  return (
    <section class="panel-section page-excerpts" aria-label={t('excerptSectionLabel')}>
      <div class="section-head">
        <h2 class="section-title">{t('excerptListTitle', String(props.placed.length))}</h2>
        <button type="button" class="text-button" aria-pressed={props.picking} onClick={props.onTogglePick}>
          {props.picking ? t('excerptPickStop') : t('excerptPickStart')}
        </button>
      </div>
      {props.picking && <p class="section-line">{t('excerptPickHint')}</p>}
      {props.loadError && (
        <p class="section-line is-error" role="alert">
          {t('excerptLoadFailed', props.loadError)}
        </p>
      )}
      {[...bySection].map(([section, items]) => (
        <div class="excerpt-group" key={section}>
          <p class="excerpt-group-title">{section}</p>
          <ul class="excerpt-items">
            {items.map(({ excerpt }) => (
              <li key={excerpt.id}>
                <button type="button" class="excerpt-item" onClick={() => props.onReveal(excerpt.id)}>
                  {excerpt.text}
                </button>
                {excerpt.note && <p class="excerpt-item-note">{excerpt.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {missing.length > 0 && (
        <div class="excerpt-group is-missing">
          <p class="excerpt-group-title">{t('excerptNotFound', String(missing.length))}</p>
          <ul class="excerpt-items">
            {missing.map(({ excerpt }) => (
              <li key={excerpt.id} class="excerpt-item is-missing">
                {excerpt.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
