// The data the panel receives from the content script. Plain values only: the
// glue maps analyser results (with their live DOM nodes) to ids.
import type { ComponentChildren } from 'preact';

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
  truncation: PanelTruncation | null;
  progress: PanelProgress | null;
  collapsed: boolean;
  side: 'left' | 'right';
  onToggleCollapsed(): void;
  /** Jump to an outline item or a syllabus target. */
  onNavigate(id: string): void;
  /** Slot for later features (hidden-clutter control, excerpts list). */
  extraSections?: ComponentChildren;
}
