import { t } from '../../utils/i18n';

export function PopupView({ onOpenLibrary }: { onOpenLibrary(): void }) {
  return (
    <div class="popup">
      <h1>{t('extName')}</h1>
      <p class="popup-note">{t('popupTagline')}</p>
      <button type="button" onClick={onOpenLibrary}>
        {t('popupOpenLibrary')}
      </button>
    </div>
  );
}
