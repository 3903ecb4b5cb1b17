import type { LecternDB } from '../../utils/db/schema';
import type { Excerpt } from '../../utils/excerpts/model';
import { updateExcerpt, type ExcerptChanges } from '../../utils/excerpts/store';
import { t } from '../../utils/i18n';
import { describeError } from './describeError';
import type { NoticeApi } from './useNotices';

interface Options {
  db: LecternDB;
  notices: NoticeApi;
  now: () => number;
  clipboard?: { writeText(text: string): Promise<void> };
}

/** Saving an edit and copying with the citation, each outcome reported. */
export function useExcerptActions({ db, notices, now, clipboard }: Options) {
  const save = async (id: string, changes: ExcerptChanges): Promise<boolean> => {
    try {
      await updateExcerpt(db, id, changes, now());
      notices.inform(t('librarySaved'));
      return true;
    } catch (error) {
      notices.fail(t('librarySaveFailed', describeError(error)));
      return false;
    }
  };

  const copy = async (excerpt: Excerpt): Promise<void> => {
    try {
      // The citation formatter is shared with the exports, loaded on first use.
      const { withCitation } = await import('../../utils/excerpts/format');
      await (clipboard ?? navigator.clipboard).writeText(withCitation(excerpt));
      notices.inform(t('libraryCopied'));
    } catch (error) {
      notices.fail(t('libraryCopyFailed', describeError(error)));
    }
  };

  return { save, copy };
}
