import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Excerpt } from '../../utils/excerpts/model';
import { t } from '../../utils/i18n';
import { errorText, send } from '../../utils/messages';

/** Splits "政绩观, 调研 学习" into tags (comma, 、 or whitespace separated). */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，、\s]+/).map((tag) => tag.trim()).filter(Boolean))].slice(0, 50);
}

/** Inline note and tags for a just-saved excerpt: Enter saves, Esc closes. */
export function ExcerptEditor(props: {
  excerpt: Excerpt;
  position: { x: number; y: number };
  onClose(): void;
  onUpdated(excerpt: Excerpt): void;
}) {
  const [note, setNote] = useState(props.excerpt.note);
  const [tags, setTags] = useState(props.excerpt.tags.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const noteRef = useRef<HTMLInputElement>(null);

  // Before the first paint: a key pressed as soon as the dialog shows must reach it, not the page.
  useLayoutEffect(() => noteRef.current?.focus(), []);

  const submit = () => {
    send('excerpt:update', { id: props.excerpt.id, note: note.trim(), tags: parseTags(tags) }).then(props.onUpdated, (error: unknown) =>
      setProblem(t('excerptUpdateFailed', errorText(error))),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation(); // the page's own shortcuts must not fire while typing here
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    }
  };

  return (
    <div
      class="excerpt-popover"
      role="dialog"
      aria-label={t('excerptEditorLabel')}
      style={{ left: `${props.position.x}px`, top: `${props.position.y}px` }}
      onKeyDown={onKeyDown}
    >
      <p class="excerpt-popover-title" role="status">
        {t('excerptSaved')}
      </p>
      <label class="excerpt-field">
        <span>{t('excerptNote')}</span>
        <input ref={noteRef} type="text" value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="excerpt-field">
        <span>{t('excerptTags')}</span>
        <input type="text" value={tags} placeholder={t('excerptTagsHint')} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {problem && (
        <p class="excerpt-popover-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="excerpt-popover-actions">
        <button type="button" class="text-button" onClick={submit}>
          {t('excerptDone')}
        </button>
        <button type="button" class="text-button" onClick={props.onClose}>
          {t('excerptClose')}
        </button>
      </div>
    </div>
  );
}
