import { t } from '../../utils/i18n';

export interface Notice {
  id: number;
  text: string;
  /** The underlying reason, shown under the headline. */
  detail?: string;
}

interface Props {
  info: Notice | null;
  errors: Notice[];
  onDismiss(id: number): void;
}

/**
 * Outcomes of actions: confirmations in a polite status region (replaced by the
 * next), failures in an alert region that stay until dismissed.
 */
export function Notices({ info, errors, onDismiss }: Props) {
  return (
    <div class="notices">
      <p class="notice-info" role="status">
        {info && <span key={info.id}>{info.text}</span>}
      </p>
      <div class="notice-errors" role="alert">
        {errors.map((error) => (
          <p key={error.id} class="notice-error">
            <span class="notice-headline">{error.text}</span>
            {error.detail && <span class="notice-detail">{error.detail}</span>}
            <button type="button" class="button-quiet" onClick={() => onDismiss(error.id)}>
              {t('libraryDismiss')}
            </button>
          </p>
        ))}
      </div>
    </div>
  );
}
