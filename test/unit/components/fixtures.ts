import { vi } from 'vitest';
import type { PanelItem, PanelProps } from '../../../components/Panel';

/** A Chinese speech: 一、 → (一) → 1. with enumerations, a skipped level, and a flat second part. */
export const speechItems: PanelItem[] = [
  { id: 'i0', level: 1, text: '一、统一思想', kind: 'numbered' },
  { id: 'i1', level: 2, text: '（一）提高认识', kind: 'numbered' },
  { id: 'i2', level: 3, text: '1. 学习文件', kind: 'numbered' },
  { id: 'i3', level: 4, text: '一是原原本本学', kind: 'enumeration' },
  { id: 'i4', level: 4, text: '二是联系实际学', kind: 'enumeration' },
  { id: 'i5', level: 2, text: '（二）压实责任', kind: 'numbered' },
  { id: 'i6', level: 1, text: '二、狠抓落实', kind: 'numbered' },
  // Skipped level: a 1. straight under 二、 nests one step down.
  { id: 'i7', level: 3, text: '1. 建立台账', kind: 'numbered' },
  { id: 'i8', level: 1, text: '三、加强领导', kind: 'numbered' },
];

export function panelProps(overrides: Partial<PanelProps> = {}): PanelProps {
  return {
    title: '在全市安全生产工作会议上的讲话',
    items: speechItems,
    currentId: null,
    syllabus: null,
    truncation: null,
    progress: null,
    collapsed: false,
    side: 'right',
    onToggleCollapsed: vi.fn(),
    onNavigate: vi.fn(),
    ...overrides,
  };
}
