import { useEffect, useRef, useState } from 'preact/hooks';
import type { Excerpt } from '../../utils/excerpts/model';
import type { ExcerptChanges } from '../../utils/excerpts/store';
import { t } from '../../utils/i18n';
import { addTag, TagInput } from './TagInput';

const MAX_NOTE_LENGTH = 20_000;

interface Props {
  excerpt: Excerpt;
  /** Resolves true once stored; on false the editor stays open with the reader's input. */
  onSave(changes: ExcerptChanges): Promise<boolean>;
  onCancel(): void;
}

/** Inline editor of an excerpt's note and tags. Esc cancels; Save writes. */
export function NoteTagsEditor({ excerpt, onSave, onCancel }: Props) {
  const [note, setNote] = useState(excerpt.note);
  const [tags, setTags] = useState(excerpt.tags);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const ids = `edit-${excerpt.id}`;

  useEffect(() => noteRef.current?.focus(), []);

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const saved = await onSave({ note, tags: addTag(tags, draft) });
    if (!saved) setSaving(false);
  };

  return (
    <form
      class="note-tags-editor"
      aria-describedby={`${ids}-hint`}
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.isComposing) return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <label for={`${ids}-note`}>{t('libraryNoteLabel')}</label>
      <textarea
        id={`${ids}-note`}
        ref={noteRef}
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <label for={`${ids}-tags`}>{t('libraryTagInputLabel')}</label>
      <TagInput id={`${ids}-tags`} tags={tags} onChange={setTags} draft={draft} onDraft={setDraft} />
      <p id={`${ids}-hint`} class="hint">
        {t('libraryEditorHint')}
      </p>
      <div class="editor-actions">
        <button type="submit" class="button-primary" disabled={saving}>
          {t('librarySave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('libraryCancel')}
        </button>
      </div>
    </form>
  );
}
