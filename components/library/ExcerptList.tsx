import type { Excerpt } from '../../utils/excerpts/model';
import { t } from '../../utils/i18n';
import { ExcerptCard, type CardActions } from './ExcerptCard';
import { groupExcerpts } from './groupExcerpts';
import type { LibraryView } from './ViewToggle';

interface Props extends CardActions {
  rows: Excerpt[];
  view: LibraryView;
  selected: ReadonlySet<string>;
}

/** The shown excerpts, newest first or under their speech and section headings. */
export function ExcerptList({ rows, view, selected, ...actions }: Props) {
  const card = (excerpt: Excerpt) => (
    <ExcerptCard key={excerpt.id} excerpt={excerpt} selected={selected.has(excerpt.id)} {...actions} />
  );
  if (view === 'newest') {
    return (
      <ul class="excerpt-list" aria-label={t('libraryListLabel')}>
        {rows.map(card)}
      </ul>
    );
  }
  return (
    <div class="excerpt-groups">
      {groupExcerpts(rows).map((speech) => (
        <section key={speech.key} class="speech-group">
          <h2 class="speech-title">《{speech.title || speech.pageUrl}》</h2>
          {speech.sections.map((section) => (
            <section key={section.key} class="section-group">
              <h3 class="section-path">{section.path.length ? section.path.join(' › ') : t('libraryGroupNoSection')}</h3>
              <ul class="excerpt-list">{section.excerpts.map(card)}</ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
