// The data the panel receives from the content script. Plain values only: the
// glue maps analyser results (with their live DOM nodes) to ids.
import type { ComponentChildren } from 'preact';
import type { Download } from '../utils/download';

export interface PanelItem {
  id: string;
  level: number;
  text: string;
  kind: 'numbered' | 'heading' | 'enumeration';
}

export interface PanelSyllabusItem {
  level: number;
  text: string;
  inBody: boolean;
  targetId?: string;
}

/** One transcript turn: the speaker's label and the turn's first words. */
export interface PanelSpeakerTurn {
  id: string;
  speaker: string;
  text: string;
}

export interface PanelTruncation {
  shownChars: number | null;
  totalChars: number | null;
}

export interface PanelProgress {
  percent: number;
  minutesLeft: number;
}

export interface PanelProps {
  title: string;
  items: PanelItem[];
  /** Scroll-spy result, owned by the caller. */
  currentId: string | null;
  syllabus: PanelSyllabusItem[] | null;
  /** Speaker turns on a transcript page (absent or empty elsewhere: no Speakers view). */
  speakers?: PanelSpeakerTurn[] | null;
  /** The turn the reader is in (scroll-spy, like currentId). */
  currentTurnId?: string | null;
  truncation: PanelTruncation | null;
  progress: PanelProgress | null;
  collapsed: boolean;
  side: 'left' | 'right';
  onToggleCollapsed(): void;
  /** Jump to an outline item, a syllabus target or a speaker turn. */
  onNavigate(id: string): void;
  /** "摘录本节": save the section under an outline item as one excerpt (absent: no item menu). */
  onSaveSection?(id: string): void;
  /** "上次读到…": the remembered reading position, when the reader is elsewhere. */
  resume?: PanelResume | null;
  /** A short message from the page side (e.g. a section too long to save), dismissable. */
  notice?: PanelNotice | null;
  onDismissNotice?(): void;
  /** Injected in tests; the content script uses navigator.clipboard and a download link. */
  writeClipboard?(text: string): Promise<void>;
  download?: Download;
  /** Slot for later features (hidden-clutter control, excerpts list). */
  extraSections?: ComponentChildren;
}

export interface PanelResume {
  /** Headings from the top level down to the remembered section. */
  path: string[];
  onContinue(): void;
  onDismiss(): void;
}

export interface PanelNotice {
  text: string;
  kind: 'info' | 'error';
}
