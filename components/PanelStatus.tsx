// The two status lines under the panel header: reading progress and the
// truncation notice. Plain statements; nothing here offers to fetch the rest.
import { t } from '../utils/i18n';
import type { PanelProgress, PanelTruncation } from './panel-types';

export function ProgressLine({ progress }: { progress: PanelProgress }) {
  const percent = String(Math.min(100, Math.max(0, Math.round(progress.percent))));
  const minutes = Math.round(progress.minutesLeft);
  return (
    <p class="panel-progress">
      {minutes < 1 ? t('panelProgressAlmostDone', percent) : t('panelProgress', [percent, String(minutes)])}
    </p>
  );
}

export function TruncationBanner({ truncation }: { truncation: PanelTruncation }) {
  const { shownChars, totalChars } = truncation;
  const text =
    shownChars !== null && totalChars !== null
      ? t('panelTruncated', [formatCount(shownChars), formatCount(totalChars)])
      : t('panelTruncatedUnknownLength');
  return (
    <p class="panel-banner" role="note">
      {text}
    </p>
  );
}

/** 3,491 in English, 3491 in Chinese; the catalogue in use decides, not the browser's language. */
export function formatCount(count: number): string {
  return new Intl.NumberFormat('en-US', { useGrouping: t('panelGroupDigits') === 'yes' }).format(count);
}
