import { useState } from 'preact/hooks';
import type { LecternDB } from '../../utils/db/schema';
import type { Download } from '../../utils/download';
import type { Excerpt } from '../../utils/excerpts/model';
import { t } from '../../utils/i18n';
import { describeError } from './describeError';
import type { ExportFormat } from './exportFormats';
import type { NoticeApi } from './useNotices';

interface Options {
  db: LecternDB;
  notices: NoticeApi;
  download: Download;
  now: () => number;
  /** The excerpts an export writes right now (selected, matching, or all), newest first. */
  exportRows: () => Promise<Excerpt[]>;
}

/**
 * Export to a file and import from one, with every outcome reported. The writing and
 * reading code is loaded on first use (dynamic import), after the list is on screen.
 */
export function useTransfer({ db, notices, download, now, exportRows }: Options) {
  const [importing, setImporting] = useState(false);

  const exportAs = async (format: ExportFormat) => {
    try {
      const [rows, { exportFile }] = await Promise.all([exportRows(), import('./exportFile')]);
      if (rows.length === 0) return notices.inform(t('libraryExportEmpty'));
      const file = exportFile(format, rows, now());
      download(file.filename, file.content, file.mime);
      notices.inform(t('libraryExported', [String(rows.length), file.filename]));
    } catch (error) {
      notices.fail(t('libraryExportFailed', describeError(error)));
    }
  };

  const importFile = async (file: File) => {
    setImporting(true);
    try {
      const { importExcerpts, MAX_IMPORT_BYTES } = await import('../../utils/excerpts/import');
      if (file.size > MAX_IMPORT_BYTES) {
        return notices.fail(t('libraryImportTooLarge', String(MAX_IMPORT_BYTES / 1024 / 1024)));
      }
      const result = await importExcerpts(db, await file.text());
      if (result.ok) notices.inform(t('libraryImported', [String(result.added), String(result.skipped)]));
      else notices.fail(t('libraryImportInvalid'), result.error);
    } catch (error) {
      notices.fail(t('libraryImportFailed', describeError(error)));
    } finally {
      setImporting(false);
    }
  };

  return { importing, exportAs, importFile };
}
