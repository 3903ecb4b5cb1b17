import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  message: string;
  /** How long the offer stands while the reader is not on it (hover or focus pause it). */
  timeoutMs: number;
  /** Take the focus (when the delete came from the keyboard: the deleted card took the focus with it). */
  focus: boolean;
  onUndo(): void;
  onExpire(): void;
}

/** "Excerpt deleted. [Undo]" for a few seconds; lives inside a polite live region. */
export function UndoToast({ message, timeoutMs, focus, onUndo, onExpire }: Props) {
  const [paused, setPaused] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (focus) button.current?.focus();
  }, [focus]);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => expire.current(), timeoutMs);
    return () => clearTimeout(timer);
  }, [paused, timeoutMs, message]);

  const pause = () => setPaused(true);
  const resume = (event: FocusEvent | MouseEvent) => {
    const root = event.currentTarget as HTMLElement;
    if (event.type === 'focusout' && root.contains((event as FocusEvent).relatedTarget as Node | null)) return;
    if (event.type === 'mouseleave' && root.contains(document.activeElement)) return;
    setPaused(false);
  };

  return (
    <div class="undo-toast" onMouseEnter={pause} onMouseLeave={resume} onFocusIn={pause} onFocusOut={resume}>
      <span>{message}</span>
      <button ref={button} type="button" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
    </div>
  );
}
