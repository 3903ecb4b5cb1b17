// "上次读到：二、… › （三）… — 继续阅读": one line under the panel header on a later visit,
// with a button that jumps to the remembered section and one that hides the line.
import { t } from '../utils/i18n';
import { compactPath } from '../utils/reader/resume';
import type { PanelNotice, PanelResume } from './panel-types';

export function ResumeLine({ resume }: { resume: PanelResume }) {
  const where = resume.path.join(' › ');
  return (
    <div class="resume-line" role="group" aria-label={t('resumeContinue')}>
      <span class="resume-where" title={where}>
        {t('resumeLastRead')}
        {compactPath(resume.path)}
      </span>
      <span class="resume-actions">
        <button type="button" class="text-button resume-continue" aria-label={t('resumeContinueLabel', where)} onClick={resume.onContinue}>
          {t('resumeContinue')}
        </button>
        <button type="button" class="icon-button resume-dismiss" aria-label={t('resumeDismiss')} title={t('resumeDismiss')} onClick={resume.onDismiss}>
          <CloseIcon />
        </button>
      </span>
    </div>
  );
}

/** A message from the page side (e.g. "section too long"), announced and dismissable. */
export function PanelNoticeLine({ notice, onDismiss }: { notice: PanelNotice; onDismiss?: () => void }) {
  return (
    <div class={`panel-notice${notice.kind === 'error' ? ' is-error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {onDismiss ? (
        <button type="button" class="icon-button" aria-label={t('noticeDismiss')} title={t('noticeDismiss')} onClick={onDismiss}>
          <CloseIcon />
        </button>
      ) : null}
    </div>
  );
}

function CloseIcon() {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" fill="none" />
    </svg>
  );
}
