import { useState } from 'preact/hooks';
import type { LecternDB } from '../../utils/db/schema';
import type { Excerpt } from '../../utils/excerpts/model';
import { deleteExcerpts, restoreExcerpts } from '../../utils/excerpts/store';
import { t } from '../../utils/i18n';
import { describeError } from './describeError';
import type { NoticeApi } from './useNotices';

let offers = 0;

export interface PendingUndo {
  id: number;
  rows: Excerpt[];
  message: string;
  /** The delete came from the keyboard, so the Undo button should take the focus. */
  focus: boolean;
}

/**
 * Deletes at once and keeps the removed rows for an undo; a newer delete makes the
 * previous one final. Undo puts the rows back exactly (ids, times, terms).
 */
export function useUndoDelete(db: LecternDB, notices: NoticeApi) {
  const [pending, setPending] = useState<PendingUndo | null>(null);

  const remove = async (ids: string[], focus: boolean): Promise<Excerpt[]> => {
    try {
      const rows = await deleteExcerpts(db, ids);
      if (rows.length) {
        const message = rows.length === 1 ? t('libraryDeletedOne') : t('libraryDeletedMany', String(rows.length));
        setPending({ id: ++offers, rows, message, focus });
      }
      return rows;
    } catch (error) {
      notices.fail(t('libraryDeleteFailed', describeError(error)));
      return [];
    }
  };

  const undo = async () => {
    if (!pending) return;
    setPending(null);
    try {
      await restoreExcerpts(db, pending.rows);
      notices.inform(t('libraryRestored'));
    } catch (error) {
      notices.fail(t('libraryRestoreFailed', describeError(error)));
    }
  };

  return { pending, remove, undo, expire: () => setPending(null) };
}
