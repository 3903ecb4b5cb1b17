import type { Excerpt } from '../../utils/excerpts/model';
import { safeHref } from '../../utils/excerpts/url';

export function ExcerptCard({ excerpt }: { excerpt: Excerpt }) {
  const section = excerpt.sectionPath.join(' › ');
  const href = safeHref(excerpt.pageUrl);
  return (
    <li class="excerpt" data-excerpt-id={excerpt.id}>
      <p class="excerpt-text">{excerpt.text}</p>
      <p class="excerpt-source">
        《{excerpt.speechTitle || excerpt.pageTitle}》{section && ` › ${section}`} —{' '}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {excerpt.host || excerpt.pageUrl}
          </a>
        ) : (
          excerpt.pageUrl
        )}
        , {new Date(excerpt.createdAt).toLocaleDateString()}
      </p>
    </li>
  );
}
