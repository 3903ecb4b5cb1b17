import type { CleanReport } from '../utils/clean';
import { t } from '../utils/i18n';

/** "Show hidden (N)" / "Hide again", with what was hidden, by category. */
export function CleanControls({ report, onRestore, onReapply }: { report: CleanReport; onRestore(): void; onReapply(): void }) {
  const { counts } = report;
  const parts = [
    counts.ad && t('cleanAds', String(counts.ad)),
    counts.overlay && t('cleanOverlays', String(counts.overlay)),
    counts['scroll-lock'] && t('cleanScrollLocks', String(counts['scroll-lock'])),
    counts.clamp && t('cleanClamps', String(counts.clamp)),
  ].filter(Boolean);
  if (report.total === 0) return null;
  return (
    <section class="panel-section clean-controls" aria-label={t('cleanSectionLabel')}>
      <p class="section-line">
        {report.active ? t('cleanHiddenSummary', String(report.total)) : t('cleanShowingAll')}
        {report.active && parts.length > 0 && <span class="section-detail"> · {parts.join(' · ')}</span>}
      </p>
      {report.active && report.unclampedText && <p class="section-line">{t('cleanUnclamped')}</p>}
      <button type="button" class="text-button" onClick={report.active ? onRestore : onReapply}>
        {report.active ? t('cleanShowHidden', String(report.total)) : t('cleanHideAgain')}
      </button>
    </section>
  );
}
