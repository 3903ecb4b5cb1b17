import type { Excerpt } from '../../utils/excerpts/model';
import { safeHref } from '../../utils/excerpts/url';
import { t } from '../../utils/i18n';

// One formatter for every card: toLocaleDateString() builds a new one per call, ~1 ms each.
let dateFormat: Intl.DateTimeFormat | undefined;
const formatDate = (date: Date) => (dateFormat ??= new Intl.DateTimeFormat()).format(date);

/** `《title》 › section path — site, saved date`; the link only for http(s) sources. */
export function ExcerptSource({ excerpt }: { excerpt: Excerpt }) {
  const title = excerpt.speechTitle || excerpt.pageTitle || t('libraryUntitled');
  const section = excerpt.sectionPath.join(' › ');
  const href = safeHref(excerpt.pageUrl);
  const date = new Date(excerpt.createdAt);
  return (
    <p class="excerpt-source">
      <span class="excerpt-title">《{title}》</span>
      {section && <span class="excerpt-section"> › {section}</span>}
      {' — '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {excerpt.host || excerpt.pageUrl}
        </a>
      ) : (
        <span class="excerpt-url">{excerpt.pageUrl}</span>
      )}
      {', '}
      <time dateTime={date.toISOString()}>{t('librarySavedOn', formatDate(date))}</time>
    </p>
  );
}
