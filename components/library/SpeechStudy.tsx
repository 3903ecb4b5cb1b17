// Above one speech in the "按讲话和章节" view: the outline saved with its first excerpt
// (folded by default, calm), "导出为学习笔记", which writes one Markdown file, and "导出为
// Word（公文格式）". The study-notes writers load on first use, like the other export code.
import { useState } from 'preact/hooks';
import { downloadFile, type Download } from '../../utils/download';
import type { Excerpt } from '../../utils/excerpts/model';
import { savedOutline } from '../../utils/excerpts/saved-outline';
import { t } from '../../utils/i18n';
import { describeError } from './describeError';

export function SpeechStudy({ title, excerpts, download = downloadFile }: { title: string; excerpts: readonly Excerpt[]; download?: Download }) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const outline = savedOutline(excerpts);
  const top = outline ? Math.min(...outline.map((line) => line.level)) : 1;

  const exportNotes = async (format: 'markdown' | 'docx') => {
    try {
      const [{ studyNotes, studyNotesDocx }, { outlineFileName }, { DOCX_MIME }] = await Promise.all([
        import('../../utils/excerpts/study-notes'),
        import('../../utils/outline-export'),
        import('../../utils/docx'),
      ]);
      const labels = {
        source: t('studyNotesSource'),
        date: t('studyNotesDate'),
        outline: t('studyNotesOutline'),
        excerpts: t('studyNotesExcerpts'),
        unplaced: t('studyNotesUnplaced'),
      };
      const filename = outlineFileName(`${title} ${t('studyNotesFileName')}`, format === 'docx' ? 'docx' : 'markdown-list');
      if (format === 'markdown') download(filename, studyNotes(excerpts, labels), 'text/markdown;charset=utf-8');
      else {
        // Null only without excerpts, and a speech is listed only with some.
        const file = studyNotesDocx(excerpts, labels);
        if (!file) return;
        download(filename, file, DOCX_MIME);
      }
      setStatus({ text: t('libraryStudyExported', filename), failed: false });
    } catch (error) {
      setStatus({ text: t('libraryStudyExportFailed', describeError(error)), failed: true });
    }
  };

  return (
    <div class="speech-study">
      {outline ? (
        <details class="speech-outline">
          <summary>{t('libraryStudyOutline', String(outline.length))}</summary>
          <ul>
            {outline.map((line, index) => (
              <li key={index} style={{ paddingLeft: `${(line.level - top) * 1.5}em` }}>
                {line.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="speech-study-actions">
        <button type="button" onClick={() => void exportNotes('markdown')}>
          {t('libraryStudyExport')}
        </button>
        <button type="button" onClick={() => void exportNotes('docx')}>
          {t('libraryStudyExportDocx')}
        </button>
        <span role="status" class={status?.failed ? 'speech-study-status is-error' : 'speech-study-status'}>
          {status?.text ?? ''}
        </span>
      </div>
    </div>
  );
}
