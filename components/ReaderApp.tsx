import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../utils/analyze/types';
import type { Cleaner, CleanReport } from '../utils/clean';
import type { ExcerptDraft } from '../utils/excerpts/model';
import { highlightRange } from '../utils/excerpts/highlight';
import { errorText, send } from '../utils/messages';
import { t } from '../utils/i18n';
import { rememberPosition, type ReadingPosition } from '../utils/reading-position';
import { outlineForDraft, revealHighlight, showHighlights, type PlacedExcerpt } from '../utils/reader/excerpt-session';
import { scrollToHeading } from '../utils/reader/jump';
import { makeRoomForPanel } from '../utils/reader/make-room';
import { startParagraphPick } from '../utils/reader/pick-paragraph';
import { readingProgress } from '../utils/reader/progress';
import { debounce, resumeIndex, warnOnce } from '../utils/reader/resume';
import { createScrollSpy } from '../utils/reader/scroll-spy';
import { clipSection } from '../utils/reader/section-clip';
import { sectionPath } from '../utils/reader/sections';
import { CleanControls } from './CleanControls';
import { PageExcerpts } from './excerpts/PageExcerpts';
import { SelectionSaver, type SelectionSaverHandle } from './excerpts/SelectionSaver';
import { Panel, type PanelItem, type PanelNotice, type PanelSpeakerTurn, type PanelSyllabusItem } from './Panel';

/** How the content script (keyboard commands, context menu, popup) reaches the mounted panel. */
export interface ReaderBridge {
  toggle?(): void;
  step?(direction: 'next' | 'previous'): void;
  isCollapsed?(): boolean;
  saveSelection?(): boolean;
  cleanChanged?(report: CleanReport): void;
}

interface Props {
  analysis: Analysis;
  win?: Window;
  bridge?: ReaderBridge;
  cleaner?: Cleaner | null;
  /** The position remembered for this page when the reader arrived, or null. */
  remembered?: ReadingPosition | null;
}

/** Connects one page's analysis to the panel: jumps, scroll-spy, progress, cleaning, excerpts. */
export function ReaderApp({ analysis, win = window, bridge = {}, cleaner = null, remembered = null }: Props) {
  const items = useMemo<PanelItem[]>(
    () => analysis.outline.map((item, index) => ({ id: itemId(index), level: item.level, text: item.text, kind: item.kind })),
    [analysis],
  );
  const syllabus = useMemo<PanelSyllabusItem[] | null>(
    () =>
      analysis.syllabus?.map((item) => ({
        level: item.level,
        text: item.text,
        inBody: item.inBody,
        targetId: item.outlineIndex === undefined ? undefined : itemId(item.outlineIndex),
      })) ?? null,
    [analysis],
  );
  const turns = useMemo<PanelSpeakerTurn[]>(
    () => (analysis.speakers ?? []).map((turn, index) => ({ id: turnId(index), speaker: turn.speaker, text: turn.text })),
    [analysis],
  );
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [currentTurnId, setCurrentTurnId] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ percent: number; minutesLeft: number } | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  // The popup asks for the state right after toggling, before Preact re-renders.
  const collapsedNow = useRef(collapsed);
  const [cleanReport, setCleanReport] = useState<CleanReport | null>(() => cleaner?.report() ?? null);
  const side = useMemo(() => dockingSide(win, analysis.root), [analysis, win]);
  const excerpts = usePageExcerpts(analysis, win);
  const saver = useRef<SelectionSaverHandle>({}).current;
  const [notice, setNotice] = useState<PanelNotice | null>(null);
  const currentIndex = currentId === null ? null : indexOfId(currentId);
  const resume = useResume(analysis, win, currentIndex, remembered);

  // Before the first paint: the progress line and the current section are in the panel's
  // first frame, instead of pushing its controls down one frame later.
  useLayoutEffect(() => {
    const spy = createScrollSpy(
      win,
      analysis.outline.map((item) => item.node),
      (index, scrollY) => {
        setCurrentId(index === null ? null : itemId(index));
        const rect = analysis.root.getBoundingClientRect();
        setProgress(
          readingProgress({
            rootTop: rect.top + scrollY,
            rootHeight: rect.height,
            scrollY,
            viewportHeight: win.innerHeight,
            textLength: analysis.textLength,
            lang: analysis.detection.lang,
          }),
        );
      },
    );
    return () => spy.destroy();
  }, [analysis, win]);

  useLayoutEffect(() => {
    const nodes = (analysis.speakers ?? []).map((turn) => turn.node);
    if (nodes.length === 0) return;
    const spy = createScrollSpy(win, nodes, (index) => setCurrentTurnId(index === null ? null : turnId(index)));
    return () => spy.destroy();
  }, [analysis, win]);

  useEffect(() => {
    if (collapsed) return;
    const room = makeRoomForPanel(win.document, win, analysis.root, side);
    return () => room?.remove();
  }, [analysis, win, side, collapsed]);

  const setCollapsedNow = (value: boolean) => {
    collapsedNow.current = value;
    setCollapsed(value);
  };
  const navigate = (id: string) => {
    const node = isTurnId(id) ? analysis.speakers?.[indexOfTurnId(id)]?.node : analysis.outline[indexOfId(id)]?.node;
    if (node) scrollToHeading(win, node);
  };

  const saveSection = (id: string) => {
    const clip = clipSection(analysis.outline, analysis.root, indexOfId(id));
    if (!clip.ok) {
      const text =
        clip.reason === 'too-long' ? t('sectionTooLong', [String(clip.chars), String(clip.max)]) : t('sectionNotFound');
      return setNotice({ kind: 'error', text });
    }
    setNotice(null);
    saver.saveRange?.(clip.range);
  };
  // The first excerpt saved from a page carries its outline (for the library's study notes).
  const decorateDraft = (draft: ExcerptDraft): ExcerptDraft =>
    analysis.outline.length === 0 || excerpts.placed.some((entry) => entry.excerpt.outline?.length)
      ? draft
      : { ...draft, outline: outlineForDraft(analysis) };

  bridge.toggle = () => setCollapsedNow(!collapsedNow.current);
  bridge.isCollapsed = () => collapsedNow.current;
  bridge.step = (direction) => {
    const current = currentId === null ? -1 : indexOfId(currentId);
    const target = direction === 'next' ? current + 1 : Math.max(0, current - 1);
    if (target < analysis.outline.length) navigate(itemId(target));
  };
  bridge.saveSelection = () => saver.saveSelection?.() ?? false;
  bridge.cleanChanged = setCleanReport;

  return (
    <>
      <Panel
        title={analysis.title}
        items={items}
        currentId={currentId}
        syllabus={syllabus}
        speakers={turns}
        currentTurnId={currentTurnId}
        truncation={analysis.truncation}
        progress={progress}
        collapsed={collapsed}
        side={side}
        onToggleCollapsed={() => setCollapsedNow(!collapsedNow.current)}
        onNavigate={navigate}
        onSaveSection={saveSection}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
        resume={
          resume.index === null
            ? null
            : {
                path: sectionPath(analysis.outline, resume.index),
                onContinue: () => {
                  navigate(itemId(resume.index!));
                  resume.dismiss();
                },
                onDismiss: resume.dismiss,
              }
        }
        extraSections={
          <>
            {cleaner && cleanReport && (
              <CleanControls
                report={cleanReport}
                onRestore={() => {
                  cleaner.restore();
                  setCleanReport(cleaner.report());
                }}
                onReapply={() => setCleanReport(cleaner.reapply())}
              />
            )}
            <PageExcerpts
              placed={excerpts.placed}
              loadError={excerpts.loadError}
              picking={excerpts.picking}
              onTogglePick={() => excerpts.setPicking(!excerpts.picking)}
              onReveal={(id) => revealHighlight(win.document, id)}
            />
          </>
        }
      />
      <SelectionSaver
        analysis={analysis}
        win={win}
        side={side}
        handle={saver}
        decorateDraft={decorateDraft}
        onSaved={(excerpt, range) => {
          highlightRange(range, excerpt.id);
          win.getSelection()?.removeAllRanges();
          excerpts.add({ excerpt, found: true });
        }}
        onUpdated={excerpts.replace}
      />
      {excerpts.picking && <PickBridge analysis={analysis} win={win} saver={saver} onExit={() => excerpts.setPicking(false)} />}
    </>
  );
}

const REMEMBER_AFTER_MS = 1_000;

/**
 * "Pick up where you stopped": offers the section remembered for this page (read before the
 * panel's first frame, so the offer does not push the panel's controls down after it appears)
 * while the reader is elsewhere, and remembers the current section once the reader has moved
 * (debounced, so merely opening the page does not overwrite the old position).
 */
function useResume(analysis: Analysis, win: Window, currentIndex: number | null, remembered: ReadingPosition | null) {
  const rememberedIndex = useMemo(
    () => (remembered ? resumeIndex(analysis.outline.map((item) => item.text), remembered) : null),
    [analysis, remembered],
  );
  const [dismissed, setDismissed] = useState(false);
  const firstIndex = useRef<number | null | undefined>(undefined);
  const moved = useRef(false);
  // Without storage the reader only loses the offer to resume; reading goes on.
  const warn = useMemo(() => warnOnce('reading position not saved'), [analysis, win]);

  useEffect(() => {
    firstIndex.current = undefined;
    moved.current = false;
  }, [analysis, win]);

  const remember = useMemo(
    () =>
      debounce((index: number) => {
        rememberPosition(win.location.href, { index, sectionPath: sectionPath(analysis.outline, index) }).catch(warn);
      }, REMEMBER_AFTER_MS),
    [analysis, win, warn],
  );
  useEffect(() => {
    const flush = () => remember.flush();
    win.addEventListener('pagehide', flush);
    return () => {
      win.removeEventListener('pagehide', flush);
      remember.flush();
    };
  }, [remember, win]);

  useEffect(() => {
    if (firstIndex.current === undefined) firstIndex.current = currentIndex;
    if (!moved.current && currentIndex === firstIndex.current) return;
    moved.current = true;
    if (currentIndex !== null) remember(currentIndex);
  }, [currentIndex]);
  // Once the reader is in the remembered section (by any way), the offer has done its work.
  useEffect(() => {
    if (rememberedIndex !== null && currentIndex === rememberedIndex) setDismissed(true);
  }, [currentIndex, rememberedIndex]);

  const show = rememberedIndex !== null && !dismissed && currentIndex !== rememberedIndex;
  return { index: show ? rememberedIndex : null, dismiss: () => setDismissed(true) };
}

/** Loads this page's excerpts once and shows them again as highlights. */
function usePageExcerpts(analysis: Analysis, win: Window) {
  const [placed, setPlaced] = useState<PlacedExcerpt[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  useEffect(() => {
    let live = true;
    send('excerpt:list', { pageUrl: win.location.href }).then(
      (excerpts) => live && setPlaced(showHighlights(analysis, [...excerpts].reverse())),
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [analysis, win]);
  return {
    placed,
    loadError,
    picking,
    setPicking,
    add: (entry: PlacedExcerpt) => setPlaced((list) => [...list, entry]),
    replace: (excerpt: PlacedExcerpt['excerpt']) =>
      setPlaced((list) => list.map((entry) => (entry.excerpt.id === excerpt.id ? { ...entry, excerpt } : entry))),
  };
}

/** While "select paragraph" is on, clicks on the speech's blocks save them. */
function PickBridge(props: { analysis: Analysis; win: Window; saver: SelectionSaverHandle; onExit(): void }) {
  useEffect(
    () => startParagraphPick(props.win.document, props.analysis.root, (range) => props.saver.saveRange?.(range), props.onExit),
    [props.analysis, props.win],
  );
  return null;
}

const itemId = (index: number) => `lectern-item-${index}`;
const indexOfId = (id: string) => Number(id.slice('lectern-item-'.length));
const turnId = (index: number) => `lectern-turn-${index}`;
const isTurnId = (id: string) => id.startsWith('lectern-turn-');
const indexOfTurnId = (id: string) => Number(id.slice('lectern-turn-'.length));

/** The side of the speech text with more free space, so the panel covers margin, not text. */
function dockingSide(win: Window, root: Element): 'left' | 'right' {
  const rect = root.getBoundingClientRect();
  return rect.left > win.innerWidth - rect.right ? 'left' : 'right';
}
