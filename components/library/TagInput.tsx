import { useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 100;

interface Props {
  id: string;
  tags: string[];
  onChange(tags: string[]): void;
  /** The text typed but not yet added, so Save can include it. */
  draft: string;
  onDraft(draft: string): void;
}

/** Tags as removable chips, and a field where Enter adds the typed tag. */
export function TagInput({ id, tags, onChange, draft, onDraft }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const add = () => {
    const next = addTag(tags, draft);
    if (next !== tags) onChange(next);
    onDraft('');
  };
  return (
    <div class="tag-input">
      {tags.length > 0 && (
        <ul class="tag-chips">
          {tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
              <button
                type="button"
                class="tag-remove"
                aria-label={t('libraryTagRemove', tag)}
                onClick={() => {
                  onChange(tags.filter((other) => other !== tag));
                  field.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        ref={field}
        type="text"
        value={draft}
        maxLength={MAX_TAG_LENGTH}
        disabled={tags.length >= MAX_TAGS}
        onInput={(event) => onDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.isComposing) return;
          event.preventDefault();
          add();
        }}
      />
    </div>
  );
}

/** `tags` with `typed` added (trimmed, once); the same array when there is nothing to add. */
export function addTag(tags: string[], typed: string): string[] {
  const tag = typed.trim().slice(0, MAX_TAG_LENGTH);
  if (!tag || tags.includes(tag) || tags.length >= MAX_TAGS) return tags;
  return [...tags, tag];
}
