import { useRef, useState } from 'preact/hooks';
import type { Excerpt } from '../../utils/excerpts/model';
import type { ExcerptChanges } from '../../utils/excerpts/store';
import { t } from '../../utils/i18n';
import { ExcerptSource } from './ExcerptSource';
import { NoteTagsEditor } from './NoteTagsEditor';

export interface CardActions {
  onSelect(id: string, selected: boolean): void;
  onSave(id: string, changes: ExcerptChanges): Promise<boolean>;
  /** `viaKeyboard`: the button was pressed with Enter or Space (a click with no pointer). */
  onDelete(excerpt: Excerpt, viaKeyboard: boolean): void;
  onCopy(excerpt: Excerpt): void;
}

interface Props extends CardActions {
  excerpt: Excerpt;
  selected: boolean;
}

/** One excerpt. Everything from the page is rendered as text, never as HTML. */
export function ExcerptCard({ excerpt, selected, onSelect, onSave, onDelete, onCopy }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closeEditor = () => {
    setEditing(false);
    // The button is back after this render; return focus where the edit began.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li class="excerpt" data-excerpt-id={excerpt.id} tabIndex={-1}>
      <input
        type="checkbox"
        class="excerpt-select"
        checked={selected}
        aria-label={t('librarySelectOne', snippet(excerpt.text))}
        onChange={(event) => onSelect(excerpt.id, event.currentTarget.checked)}
      />
      <div class="excerpt-body">
        <p class="excerpt-text">{excerpt.text}</p>
        {editing ? (
          <NoteTagsEditor
            excerpt={excerpt}
            onCancel={closeEditor}
            onSave={async (changes) => {
              const saved = await onSave(excerpt.id, changes);
              if (saved) closeEditor();
              return saved;
            }}
          />
        ) : (
          <>
            {excerpt.note && <p class="excerpt-note">{excerpt.note}</p>}
            {excerpt.tags.length > 0 && (
              <ul class="excerpt-tags" aria-label={t('libraryTagsLabel')}>
                {excerpt.tags.map((tag) => (
                  <li key={tag} class="tag">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <ExcerptSource excerpt={excerpt} />
        {!editing && (
          <div class="excerpt-actions">
            <button type="button" ref={editButton} onClick={() => setEditing(true)}>
              {t('libraryEdit')}
            </button>
            <button type="button" onClick={() => onCopy(excerpt)}>
              {t('libraryCopy')}
            </button>
            <button type="button" class="button-danger" onClick={(event) => onDelete(excerpt, event.detail === 0)}>
              {t('libraryDelete')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/** The start of the text, to tell one checkbox from another. */
function snippet(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
