// "复制提纲 / Copy outline": the outline as the panel shows it (level filter, enumerations)
// goes to the clipboard as indented plain text; a menu beside it offers Markdown and
// downloads (.txt, .md, and a .docx laid out as 公文 are). The clipboard is written on the
// reader's click (a user gesture); when the page or browser refuses, the panel says so and
// offers the download instead.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { downloadFile, type Download } from '../utils/download';
import { DOCX_MIME } from '../utils/docx';
import { outlineDocx } from '../utils/outline-docx';
import { t } from '../utils/i18n';
import { formatOutline, outlineFileName, type ExportItem, type ExportView, type OutlineFormat } from '../utils/outline-export';
import type { LevelFilter } from '../utils/outline-tree';
import { PanelMenu, type PanelMenuItem } from './PanelMenu';

export type WriteClipboard = (text: string) => Promise<void>;

export interface CopyOutlineProps {
  title: string;
  items: readonly ExportItem[];
  levelFilter: LevelFilter;
  showEnumerations: boolean;
  writeClipboard?: WriteClipboard;
  download?: Download;
}

type Status = { kind: 'copied' } | { kind: 'downloaded'; filename: string } | { kind: 'failed'; format: OutlineFormat } | null;

const CONFIRMATION_MS = 2_500;

const defaultClipboard: WriteClipboard = (text) => navigator.clipboard.writeText(text);

export function CopyOutline(props: CopyOutlineProps) {
  const { writeClipboard = defaultClipboard, download = downloadFile } = props;
  const menuId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const moreRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (status?.kind !== 'copied' && status?.kind !== 'downloaded') return;
    const timer = setTimeout(() => setStatus(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const view = (): ExportView => ({ levelFilter: props.levelFilter, showEnumerations: props.showEnumerations, missingMark: t('outlineMissingMark') });
  const text = (format: OutlineFormat) => formatOutline(props.title, props.items, view(), format);

  const copy = (format: OutlineFormat) => {
    let pending: Promise<void>;
    try {
      pending = writeClipboard(text(format));
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      () => setStatus({ kind: 'copied' }),
      () => setStatus({ kind: 'failed', format }),
    );
  };

  const save = (format: OutlineFormat | 'docx') => {
    const filename = outlineFileName(props.title, format);
    if (format === 'docx') download(filename, outlineDocx(props.title, props.items, view()), DOCX_MIME);
    else download(filename, text(format), format === 'text' ? 'text/plain;charset=utf-8' : 'text/markdown;charset=utf-8');
    setStatus({ kind: 'downloaded', filename });
  };

  const menuItems: PanelMenuItem[] = [
    { key: 'text', label: t('outlineCopyText'), onSelect: () => copy('text') },
    { key: 'markdown-list', label: t('outlineCopyMarkdownList'), onSelect: () => copy('markdown-list') },
    { key: 'markdown-headings', label: t('outlineCopyMarkdownHeadings'), onSelect: () => copy('markdown-headings') },
    { key: 'download-text', label: t('outlineDownloadText'), onSelect: () => save('text') },
    { key: 'download-markdown', label: t('outlineDownloadMarkdown'), onSelect: () => save('markdown-list') },
    { key: 'download-docx', label: t('outlineDownloadDocx'), onSelect: () => save('docx') },
  ];

  return (
    <div class="copy-outline">
      <div class="control-row copy-outline-buttons">
        <button type="button" class="text-button copy-outline-main" onClick={() => copy('text')}>
          {t('outlineCopy')}
        </button>
        <button
          ref={moreRef}
          type="button"
          class="icon-button copy-outline-more"
          aria-label={t('outlineCopyMore')}
          title={t('outlineCopyMore')}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          onClick={() => setMenuOpen((open) => !open)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown') return;
            event.preventDefault();
            setMenuOpen(true);
          }}
        >
          <svg class="icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" fill="none" />
          </svg>
        </button>
        <span class="copy-outline-status" role="status">
          {status?.kind === 'copied' ? t('outlineCopied') : status?.kind === 'downloaded' ? t('outlineDownloaded', status.filename) : ''}
        </span>
      </div>
      {menuOpen ? (
        <PanelMenu
          id={menuId}
          label={t('outlineCopyMenuLabel')}
          items={menuItems}
          class="copy-outline-menu"
          opener={moreRef}
          onClose={(restoreFocus) => {
            setMenuOpen(false);
            if (restoreFocus) moreRef.current?.focus();
          }}
        />
      ) : null}
      {status?.kind === 'failed' ? (
        <div class="panel-notice is-error" role="alert">
          <span>{t('outlineCopyFailed')}</span>
          <button type="button" class="text-button" onClick={() => save(status.format)}>
            {status.format === 'text' ? t('outlineDownloadText') : t('outlineDownloadMarkdown')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
