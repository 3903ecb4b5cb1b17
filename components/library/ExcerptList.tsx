import type { Download } from '../../utils/download';
import type { Excerpt } from '../../utils/excerpts/model';
import { t } from '../../utils/i18n';
import { ExcerptCard, type CardActions } from './ExcerptCard';
import { groupExcerpts } from './groupExcerpts';
import { SpeechStudy } from './SpeechStudy';
import type { LibraryView } from './ViewToggle';

interface Props extends CardActions {
  rows: Excerpt[];
  view: LibraryView;
  selected: ReadonlySet<string>;
  /** For "export as study notes" (tests inject it; the page uses a download link). */
  download?: Download;
}

/** The shown excerpts, newest first or under their speech and section headings. */
export function ExcerptList({ rows, view, selected, download, ...actions }: Props) {
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
          <SpeechStudy
            title={speech.title || speech.pageUrl} excerpts={speech.sections.flatMap((section) => section.excerpts)}
            download={download}
          />
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
