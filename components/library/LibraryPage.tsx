import { useEffect, useState } from 'preact/hooks';
import type { LecternDB } from '../../utils/db/schema';
import type { Excerpt } from '../../utils/excerpts/model';
import { listExcerpts } from '../../utils/excerpts/store';
import { errorText } from '../../utils/messages';
import { t } from '../../utils/i18n';
import { ExcerptCard } from './ExcerptCard';

type State = { status: 'loading' } | { status: 'ready'; excerpts: Excerpt[] } | { status: 'failed'; reason: string };

export function LibraryPage({ db }: { db: LecternDB }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    listExcerpts(db, { limit: 500 }).then(
      (excerpts) => live && setState({ status: 'ready', excerpts }),
      (error: unknown) => live && setState({ status: 'failed', reason: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [db]);

  return (
    <main>
      <h1>{t('libraryTitle')}</h1>
      {state.status === 'loading' && <p class="library-empty">{t('libraryLoading')}</p>}
      {state.status === 'failed' && (
        <p class="library-error" role="alert">
          {t('libraryLoadFailed', state.reason)}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p class="library-count">{t('libraryCount', String(state.excerpts.length))}</p>
          {state.excerpts.length === 0 ? (
            <p class="library-empty">{t('libraryEmpty')}</p>
          ) : (
            <ul class="excerpt-list">
              {state.excerpts.map((excerpt) => (
                <ExcerptCard key={excerpt.id} excerpt={excerpt} />
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
