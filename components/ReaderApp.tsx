import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../utils/analyze/types';
import { scrollToHeading } from '../utils/reader/jump';
import { readingProgress } from '../utils/reader/progress';
import { createScrollSpy } from '../utils/reader/scroll-spy';
import { Panel, type PanelItem, type PanelSyllabusItem } from './Panel';

/** How the content script (keyboard commands, popup) reaches the mounted panel. */
export interface ReaderBridge {
  toggle?(): void;
  step?(direction: 'next' | 'previous'): void;
  isCollapsed?(): boolean;
}

/** Connects one page's analysis to the panel: jumps, scroll-spy, progress, docking side. */
export function ReaderApp({ analysis, win = window, bridge = {} }: { analysis: Analysis; win?: Window; bridge?: ReaderBridge }) {
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
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ percent: number; minutesLeft: number } | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  // The popup asks for the state right after toggling, before Preact re-renders.
  const collapsedNow = useRef(collapsed);
  const setCollapsedNow = (value: boolean) => {
    collapsedNow.current = value;
    setCollapsed(value);
  };
  const side = useMemo(() => dockingSide(win, analysis.root), [analysis, win]);

  useEffect(() => {
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

  const navigate = (id: string) => {
    const node = analysis.outline[indexOfId(id)]?.node;
    if (node) scrollToHeading(win, node);
  };

  bridge.toggle = () => setCollapsedNow(!collapsedNow.current);
  bridge.isCollapsed = () => collapsedNow.current;
  bridge.step = (direction) => {
    const current = currentId === null ? -1 : indexOfId(currentId);
    const target = direction === 'next' ? current + 1 : Math.max(0, current - 1);
    if (target < analysis.outline.length) navigate(itemId(target));
  };

  return (
    <Panel
      title={analysis.title}
      items={items}
      currentId={currentId}
      syllabus={syllabus}
      truncation={analysis.truncation}
      progress={progress}
      collapsed={collapsed}
      side={side}
      onToggleCollapsed={() => setCollapsedNow(!collapsedNow.current)}
      onNavigate={navigate}
    />
  );
}

const itemId = (index: number) => `lectern-item-${index}`;
const indexOfId = (id: string) => Number(id.slice('lectern-item-'.length));

/** The side of the speech text with more free space, so the panel covers margin, not text. */
function dockingSide(win: Window, root: Element): 'left' | 'right' {
  const rect = root.getBoundingClientRect();
  return rect.left > win.innerWidth - rect.right ? 'left' : 'right';
}
