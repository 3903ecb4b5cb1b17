import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../utils/analyze/types';
import type { Excerpt, ExcerptDraft } from '../../utils/excerpts/model';
import { t } from '../../utils/i18n';
import { errorText, send } from '../../utils/messages';
import { draftFromRange } from '../../utils/reader/excerpt-session';
import { PANEL_FOOTPRINT_PX } from '../../utils/reader/make-room';
import { ExcerptEditor } from './ExcerptEditor';

type State =
  | { kind: 'idle' }
  | { kind: 'offer'; range: Range; x: number; y: number }
  | { kind: 'saving'; x: number; y: number }
  | { kind: 'saved'; excerpt: Excerpt; x: number; y: number }
  | { kind: 'failed'; draft: ExcerptDraft | null; reason: string; x: number; y: number };

export interface SelectionSaverHandle {
  /** Saves the current selection (context menu, keyboard command); false when there is none in the speech. */
  saveSelection?(): boolean;
  /** Saves a given range (paragraph-pick mode). */
  saveRange?(range: Range): void;
}

/**
 * The floating "摘录" button by a selection in the speech, and what follows it: the
 * save is acknowledged only once the background confirms the write; a failure
 * keeps the text with a retry, so nothing is lost.
 */
export function SelectionSaver(props: {
  analysis: Analysis;
  win: Window;
  /** The panel's side: the button and popover stay clear of it. */
  side: 'left' | 'right';
  handle: SelectionSaverHandle;
  /** Adds to a draft before it is sent (the page's outline with its first excerpt). */
  decorateDraft?(draft: ExcerptDraft): ExcerptDraft;
  onSaved(excerpt: Excerpt, range: Range): void;
  onUpdated(excerpt: Excerpt): void;
}) {
  const { analysis, win, side } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = useRef(false);
  busy.current = state.kind === 'saving' || state.kind === 'saved' || state.kind === 'failed';

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      timer = undefined;
      if (busy.current) return;
      const range = selectedSpeechRange(win, analysis.root);
      if (!range) return setState({ kind: 'idle' });
      const rect = range.getBoundingClientRect();
      setState({ kind: 'offer', range, ...placeNear(win, side, rect) });
    };
    const onSelection = () => {
      clearTimeout(timer);
      timer = setTimeout(check, 150);
    };
    // The button follows its selection while the page scrolls (one measurement per frame, only while shown).
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        setState((current) =>
          current.kind === 'offer' ? { ...current, ...placeNear(win, side, current.range.getBoundingClientRect()) } : current,
        );
      });
    };
    win.document.addEventListener('selectionchange', onSelection);
    win.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      if (frame) win.cancelAnimationFrame(frame);
      win.document.removeEventListener('selectionchange', onSelection);
      win.removeEventListener('scroll', onScroll);
    };
  }, [analysis, win, side]);

  const save = (range: Range, at: { x: number; y: number }) => {
    const draft = draftFromRange(analysis, range, { url: win.location.href, title: win.document.title });
    if (!draft) return setState({ kind: 'failed', draft: null, reason: t('excerptNotInSpeech'), ...at });
    saveDraft(props.decorateDraft ? props.decorateDraft(draft) : draft, at, range);
  };
  const saveDraft = (draft: ExcerptDraft, at: { x: number; y: number }, range: Range | null) => {
    setState({ kind: 'saving', ...at });
    send('excerpt:save', draft).then(
      (excerpt) => {
        if (range) props.onSaved(excerpt, range);
        setState({ kind: 'saved', excerpt, ...at });
      },
      (error: unknown) => setState({ kind: 'failed', draft, reason: errorText(error), ...at }),
    );
  };

  props.handle.saveSelection = () => {
    const range = selectedSpeechRange(win, analysis.root);
    if (!range) return false;
    save(range, placeNear(win, side, range.getBoundingClientRect()));
    return true;
  };
  props.handle.saveRange = (range) => save(range, placeNear(win, side, range.getBoundingClientRect()));

  const close = () => setState({ kind: 'idle' });
  switch (state.kind) {
    case 'idle':
      return null;
    case 'offer':
      return (
        <button
          type="button"
          class="excerpt-fab"
          style={{ left: `${state.x}px`, top: `${state.y}px` }}
          aria-label={t('excerptSave')}
          title={t('excerptSave')}
          // Keep the page's selection: a mousedown on a button would clear it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => save(state.range, { x: state.x, y: state.y })}
        >
          {t('excerptSaveShort')}
        </button>
      );
    case 'saving':
      return (
        <div class="excerpt-popover" role="status" style={{ left: `${state.x}px`, top: `${state.y}px` }}>
          {t('excerptSaving')}
        </div>
      );
    case 'saved':
      return (
        <ExcerptEditor
          excerpt={state.excerpt}
          position={state}
          onClose={close}
          onUpdated={(excerpt) => {
            props.onUpdated(excerpt);
            close();
          }}
        />
      );
    case 'failed':
      return (
        <div class="excerpt-popover is-error" role="alert" style={{ left: `${state.x}px`, top: `${state.y}px` }}>
          <p class="excerpt-popover-title">{t('excerptSaveFailed', state.reason)}</p>
          {state.draft && <p class="excerpt-popover-quote">{state.draft.text}</p>}
          <div class="excerpt-popover-actions">
            {state.draft && (
              <button type="button" class="text-button" onClick={() => saveDraft(state.draft!, { x: state.x, y: state.y }, null)}>
                {t('excerptRetry')}
              </button>
            )}
            <button type="button" class="text-button" onClick={close}>
              {t('excerptClose')}
            </button>
          </div>
        </div>
      );
  }
}

/** The selection, when it is a non-empty range inside the speech root. */
export function selectedSpeechRange(win: Window, root: Element): Range | null {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) || !range.toString().trim()) return null;
  return range.cloneRange();
}

const POPOVER_WIDTH = 300;
/** Room the popover needs below its top (title, note, tags, buttons). */
const POPOVER_HEIGHT = 190;

/**
 * Where the note popover goes for a saved range: below it, else above it, always inside
 * the viewport (it is fixed): a whole section saved from the outline can lie far below
 * or above the screen, and the popover must still be seen where focus went.
 */
export function placeNear(win: Pick<Window, 'innerWidth' | 'innerHeight'>, side: 'left' | 'right', rect: Pick<DOMRect, 'top' | 'bottom' | 'right'>): { x: number; y: number } {
  const low = side === 'left' ? PANEL_FOOTPRINT_PX : 8;
  const high = win.innerWidth - POPOVER_WIDTH - (side === 'right' ? PANEL_FOOTPRINT_PX : 8);
  const x = Math.max(low, Math.min(rect.right - 40, high));
  const below = rect.bottom + 8;
  const y = below + POPOVER_HEIGHT > win.innerHeight ? rect.top - 48 : below;
  return { x, y: Math.max(8, Math.min(y, win.innerHeight - POPOVER_HEIGHT)) };
}
