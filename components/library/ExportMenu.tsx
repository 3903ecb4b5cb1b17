import { t } from '../../utils/i18n';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

export type ExportScope = { kind: 'selected'; count: number } | { kind: 'matching' } | { kind: 'all'; count?: number };

const LABELS: Record<ExportFormat, Parameters<typeof t>[0]> = {
  markdown: 'libraryExportMarkdown',
  text: 'libraryExportText',
  csv: 'libraryExportCsv',
  json: 'libraryExportJson',
};

/** One button per format, under a label saying which excerpts will be written. */
export function ExportMenu({ scope, onExport }: { scope: ExportScope; onExport(format: ExportFormat): void }) {
  return (
    <div class="export-menu" role="group" aria-labelledby="library-export-label">
      <span id="library-export-label">{scopeLabel(scope)}</span>
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" onClick={() => onExport(format)}>
          {t(LABELS[format])}
        </button>
      ))}
    </div>
  );
}

function scopeLabel(scope: ExportScope): string {
  if (scope.kind === 'selected') return t('libraryExportSelected', String(scope.count));
  if (scope.kind === 'all') return t('libraryExportAll', scope.count === undefined ? '…' : String(scope.count));
  return t('libraryExportMatching');
}
