import { t } from '../../utils/i18n';

interface Props {
  shown: number;
  hasMore: boolean;
  filtered: boolean;
  total: number | undefined;
}

/** How many excerpts the search and filters find; announced politely as it changes. */
export function ResultSummary({ shown, hasMore, filtered, total }: Props) {
  return (
    <p class="result-summary" role="status">
      {summary({ shown, hasMore, filtered, total })}
    </p>
  );
}

function summary({ shown, hasMore, filtered, total }: Props): string {
  if (!filtered) return total === undefined ? '' : t('libraryCount', String(total));
  if (shown === 0) return t('libraryResultsNone');
  return hasMore ? t('libraryResultsFirst', String(shown)) : t('libraryResultsCount', String(shown));
}
