import { useEffect, useState } from 'preact/hooks';
import { FONT_SIZES } from '../../utils/settings';
import type { PageStatus } from '../../utils/page-control';
import { t } from '../../utils/i18n';

export interface PopupActions {
  /** The active tab's status, or null where Lectern cannot run (browser pages, the web store). */
  loadStatus(): Promise<PageStatus | null>;
  showAnyway(): Promise<PageStatus>;
  togglePanel(): Promise<PageStatus>;
  setSiteDisabled(disabled: boolean): Promise<void>;
  setSiteAlways(always: boolean): Promise<void>;
  setCleaningOff(off: boolean): Promise<void>;
  setFontSize(size: number): Promise<void>;
  /** How many pages have a remembered reading position. */
  countHistory(): Promise<number>;
  clearHistory(): Promise<void>;
  openLibrary(): void;
}

export function PopupView(props: { actions: PopupActions; host: string | null; fontSize: number; cleaningOff: boolean }) {
  const { actions, host, fontSize } = props;
  const [cleaningOff, setCleaningOff] = useState(props.cleaningOff);
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [size, setSize] = useState(fontSize);
  const [shownAnyway, setShownAnyway] = useState(false);
  const [historyCount, setHistoryCount] = useState(0);
  const [historyCleared, setHistoryCleared] = useState(false);

  useEffect(() => {
    actions.loadStatus().then(setStatus, () => setStatus(null));
    actions.countHistory().then(setHistoryCount, () => setHistoryCount(0));
  }, [actions]);

  const run = (action: () => Promise<PageStatus>) =>
    action().then(
      (next) => {
        setStatus(next);
        setProblem(null);
      },
      (error: unknown) => setProblem(String(error instanceof Error ? error.message : error)),
    );

  const reader = status?.reader ?? null;
  return (
    <div class="popup">
      <h1>{t('extName')}</h1>
      {status === undefined && <p class="popup-note">{t('popupChecking')}</p>}
      {status === null && <p class="popup-note">{t('popupUnavailable')}</p>}
      {status?.error && (
        <p class="popup-problem" role="alert">
          {t('popupAnalysisFailed', status.error)}
        </p>
      )}
      {reader && (
        <dl class="popup-counts">
          <dt>{t('popupSections')}</dt>
          <dd>{reader.sections}</dd>
          <dt>{reader.lang === 'zh' ? t('popupCharacters') : t('popupWords')}</dt>
          <dd>{reader.textLength}</dd>
          {reader.truncation?.totalChars != null && (
            <>
              <dt>{t('popupTruncation')}</dt>
              <dd>{t('popupTruncationValue', [String(reader.truncation.shownChars ?? '?'), String(reader.truncation.totalChars)])}</dd>
            </>
          )}
        </dl>
      )}
      {status && !reader && !status.error && (
        <p class="popup-note">{status.siteDisabled ? t('popupSiteOff') : t('popupNotSpeech')}</p>
      )}
      {status && reader && (
        <button type="button" onClick={() => run(actions.togglePanel)}>
          {reader.collapsed ? t('popupShowPanel') : t('popupHidePanel')}
        </button>
      )}
      {status && !reader && (
        <button type="button" onClick={() => run(() => actions.showAnyway().then((next) => (setShownAnyway(true), next)))}>
          {t('popupShowAnyway')}
        </button>
      )}
      {status && host && (status.siteAlways || shownAnyway || (reader && !status.detected)) && (
        <SwitchRow
          label={t('popupAlwaysOnSite', host)}
          checked={status.siteAlways}
          onChange={(always) => actions.setSiteAlways(always).then(() => setStatus({ ...status, siteAlways: always, siteDisabled: always ? false : status.siteDisabled }))}
          onError={setProblem}
        />
      )}
      {status && host && (
        <SwitchRow
          label={t('popupNeverOnSite', host)}
          checked={status.siteDisabled}
          onChange={(disabled) => actions.setSiteDisabled(disabled).then(() => setStatus({ ...status, siteDisabled: disabled, siteAlways: disabled ? false : status.siteAlways }))}
          onError={setProblem}
        />
      )}
      {status && host && (
        <SwitchRow label={t('popupCleaningOff', host)} checked={cleaningOff} onChange={(off) => actions.setCleaningOff(off).then(() => setCleaningOff(off))} onError={setProblem} />
      )}
      <label class="popup-row">
        {t('popupFontSize')}
        <select
          value={String(size)}
          onChange={(event) => {
            const next = Number((event.currentTarget as HTMLSelectElement).value);
            setSize(next);
            actions.setFontSize(next).catch((error: unknown) => setProblem(String(error)));
          }}
        >
          {FONT_SIZES.map((option) => (
            <option key={option} value={String(option)}>
              {option}px
            </option>
          ))}
        </select>
      </label>
      {problem && (
        <p class="popup-problem" role="alert">
          {problem}
        </p>
      )}
      {historyCount > 0 && (
        <button
          type="button"
          onClick={() =>
            actions.clearHistory().then(
              () => {
                setHistoryCount(0);
                setHistoryCleared(true);
              },
              (error: unknown) => setProblem(String(error)),
            )
          }
        >
          {t('popupClearHistory', String(historyCount))}
        </button>
      )}
      {historyCleared && (
        <p class="popup-note" role="status">
          {t('popupHistoryCleared')}
        </p>
      )}
      <button type="button" onClick={actions.openLibrary}>
        {t('popupOpenLibrary')}
      </button>
    </div>
  );
}

/** A per-site checkbox whose change is stored first and shown once stored; a failure is reported, not swallowed. */
function SwitchRow(props: { label: string; checked: boolean; onChange(checked: boolean): Promise<void>; onError(reason: string): void }) {
  return (
    <label class="popup-row">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => {
          const checked = (event.currentTarget as HTMLInputElement).checked;
          props.onChange(checked).catch((error: unknown) => props.onError(String(error)));
        }}
      />
      {props.label}
    </label>
  );
}
