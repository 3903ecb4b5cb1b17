import { t } from '../../utils/i18n';

/** A file input that looks like a button; the input itself stays focusable for keyboards and tests. */
export function ImportButton({ busy, onFile }: { busy: boolean; onFile(file: File): void }) {
  return (
    <span class="import-button">
      <input
        id="library-import"
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again still reports a change.
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <label for="library-import" class="button">
        {busy ? t('libraryImporting') : t('libraryImport')}
      </label>
    </span>
  );
}
