import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { render as renderPreact } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Panel, type PanelSyllabusItem } from '../../../components/Panel';
import { installLocale } from '../../helpers/i18n';
import { panelProps } from './fixtures';

beforeEach(() => installLocale('en'));
afterEach(cleanup);

const tree = () => screen.getByRole('tree');
const visibleTexts = () =>
  within(tree())
    .getAllByRole('treeitem')
    .map((item) => item.querySelector('.outline-text')!.textContent);
const row = (text: string) => within(tree()).getByRole('treeitem', { name: text });

describe('Panel outline controls', () => {
  it('expand all / collapse all', () => {
    render(<Panel {...panelProps()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(visibleTexts()).toEqual(['一、统一思想', '二、狠抓落实', '三、加强领导']);
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(visibleTexts()).toHaveLength(9);
  });

  it('filters levels 1 / 1–2 / all by nesting depth', () => {
    render(<Panel {...panelProps()} />);
    const levels = screen.getByRole('radiogroup', { name: 'Levels' });
    expect(within(levels).getByRole('radio', { name: 'All' })).toHaveProperty('checked', true);

    fireEvent.click(within(levels).getByRole('radio', { name: '1' }));
    expect(visibleTexts()).toEqual(['一、统一思想', '二、狠抓落实', '三、加强领导']);
    // At the depth limit an item has no disclosure.
    expect(row('一、统一思想').hasAttribute('aria-expanded')).toBe(false);

    fireEvent.click(within(levels).getByRole('radio', { name: '1–2' }));
    expect(visibleTexts()).toEqual(['一、统一思想', '（一）提高认识', '（二）压实责任', '二、狠抓落实', '1. 建立台账', '三、加强领导']);

    fireEvent.click(within(levels).getByRole('radio', { name: 'All' }));
    expect(visibleTexts()).toHaveLength(9);
  });

  it('"expand all" also lifts the level filter', () => {
    render(<Panel {...panelProps()} />);
    fireEvent.click(screen.getByRole('radio', { name: '1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(visibleTexts()).toHaveLength(9);
    expect(screen.getByRole('radio', { name: 'All' })).toHaveProperty('checked', true);
  });

  it('shows enumerations lighter and hides them on request', () => {
    render(<Panel {...panelProps()} />);
    expect(row('一是原原本本学').classList.contains('outline-enumeration')).toBe(true);
    const toggle = screen.getByRole('checkbox', { name: 'Show enumerations (first, second…)' });
    expect(toggle).toHaveProperty('checked', true);
    fireEvent.click(toggle);
    expect(visibleTexts()).not.toContain('一是原原本本学');
    expect(visibleTexts()).toHaveLength(7);
    // 1. 学习文件 lost its only children, so it is no longer expandable.
    expect(row('1. 学习文件').hasAttribute('aria-expanded')).toBe(false);
  });

  it('offers no enumeration toggle or level filter when there is nothing to filter', () => {
    render(<Panel {...panelProps({ items: [{ id: 'a', level: 1, text: 'Opening', kind: 'heading' }] })} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Collapse all' })).toBeNull();
  });

  it('says so when the outline is empty', () => {
    render(<Panel {...panelProps({ items: [] })} />);
    expect(screen.queryByRole('tree')).toBeNull();
    expect(screen.getByText('No sections found in this speech.')).toBeTruthy();
  });
});

describe('Panel scroll-spy', () => {
  it('expands the ancestors of the current item when currentId changes', () => {
    const { rerender } = render(<Panel {...panelProps()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(visibleTexts()).toHaveLength(3);

    rerender(<Panel {...panelProps({ currentId: 'i4' })} />);
    expect(row('一、统一思想').getAttribute('aria-expanded')).toBe('true');
    expect(row('（一）提高认识').getAttribute('aria-expanded')).toBe('true');
    expect(row('1. 学习文件').getAttribute('aria-expanded')).toBe('true');
    expect(row('二是联系实际学').getAttribute('aria-current')).toBe('location');
    // Unrelated branches stay folded.
    expect(row('二、狠抓落实').getAttribute('aria-expanded')).toBe('false');
  });

  it('lets the reader fold the current branch again until the position moves', () => {
    const { rerender } = render(<Panel {...panelProps({ currentId: 'i2' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    rerender(<Panel {...panelProps({ currentId: 'i2' })} />);
    expect(visibleTexts()).toHaveLength(3);
    // The visible ancestor stands in for the folded current item.
    expect(row('一、统一思想').getAttribute('aria-current')).toBe('location');
    rerender(<Panel {...panelProps({ currentId: 'i7' })} />);
    expect(row('1. 建立台账').getAttribute('aria-current')).toBe('location');
  });

  it('marks the nearest visible ancestor when the level filter hides the current item', () => {
    render(<Panel {...panelProps({ currentId: 'i3' })} />);
    fireEvent.click(screen.getByRole('radio', { name: '1' }));
    expect(tree().querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(row('一、统一思想').getAttribute('aria-current')).toBe('location');
  });
});

describe('Panel status lines', () => {
  const truncation = { shownChars: 3491, totalChars: 7830 };

  it('states the truncation plainly in English, with no link', () => {
    render(<Panel {...panelProps({ truncation })} />);
    const banner = screen.getByRole('note');
    expect(banner.textContent).toBe('Showing 3,491 of 7,830 characters — the page did not deliver the rest');
    expect(banner.querySelector('a, button')).toBeNull();
  });

  it('states the truncation in Chinese', () => {
    installLocale('zh_CN');
    render(<Panel {...panelProps({ truncation })} />);
    expect(screen.getByRole('note').textContent).toBe('已显示 3491 / 7830 字 — 页面未提供其余内容');
  });

  it('still says the text is partial when the lengths are unknown', () => {
    render(<Panel {...panelProps({ truncation: { shownChars: 3491, totalChars: null } })} />);
    expect(screen.getByRole('note').textContent).toBe('This page shows only part of the text — the page did not deliver the rest');
  });

  it('has no banner without truncation', () => {
    render(<Panel {...panelProps()} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows reading progress in both languages', () => {
    const progress = { percent: 41.6, minutesLeft: 6.2 };
    render(<Panel {...panelProps({ progress })} />);
    expect(screen.getByText('42% read · about 6 min left')).toBeTruthy();
    cleanup();
    fakeBrowser.reset();
    installLocale('zh_CN');
    render(<Panel {...panelProps({ progress })} />);
    expect(screen.getByText('已读 42% · 约剩 6 分钟')).toBeTruthy();
  });
});

describe('Panel syllabus (提纲) view', () => {
  const syllabus: PanelSyllabusItem[] = [
    { level: 1, text: '一、统一思想', inBody: true, targetId: 'i0' },
    { level: 2, text: '（一）提高认识', inBody: true, targetId: 'i1' },
    { level: 1, text: '二、狠抓落实', inBody: true, targetId: 'i6' },
    { level: 1, text: '四、严肃纪律', inBody: false },
    { level: 2, text: '（一）<script>alert(1)</script>', inBody: false },
  ];

  it('has no tabs when the page carries no syllabus', () => {
    render(<Panel {...panelProps()} />);
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('switches to the syllabus tab and navigates from items in the body', () => {
    const props = panelProps({ syllabus });
    render(<Panel {...props} />);
    const tabs = within(screen.getByRole('tablist', { name: 'Panel views' })).getAllByRole('tab');
    expect(tabs.map((tab) => [tab.textContent, tab.getAttribute('aria-selected')])).toEqual([
      ['Outline', 'true'],
      ['Syllabus', 'false'],
    ]);
    expect(screen.getByRole('tabpanel', { name: 'Outline' })).toBeTruthy();

    fireEvent.click(tabs[1]!);
    expect(screen.queryByRole('tree')).toBeNull();
    const panel = screen.getByRole('tabpanel', { name: 'Syllabus' });
    const list = within(panel).getByRole('list', { name: "The page's syllabus" });
    fireEvent.click(within(list).getByRole('button', { name: '（一）提高认识' }));
    expect(props.onNavigate).toHaveBeenCalledWith('i1');
  });

  it('greys out items the preview never reaches, with a note and aria-disabled', () => {
    const props = panelProps({ syllabus });
    render(<Panel {...props} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Syllabus' }));
    const missing = screen.getByRole('button', { name: '四、严肃纪律 not in this preview' });
    expect(missing.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(missing);
    expect(props.onNavigate).not.toHaveBeenCalled();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByRole('button', { name: '（一）<script>alert(1)</script> not in this preview' })).toBeTruthy();
    const linked = screen.getByRole('button', { name: '一、统一思想' });
    expect(linked.hasAttribute('aria-disabled')).toBe(false);
  });

  it('nests syllabus items by level', () => {
    render(<Panel {...panelProps({ syllabus })} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Syllabus' }));
    const first = screen.getByRole('button', { name: '一、统一思想' }).closest('li')!;
    expect(within(first).getByRole('button', { name: '（一）提高认识' })).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', () => {
    render(<Panel {...panelProps({ syllabus })} />);
    const outlineTab = screen.getByRole('tab', { name: 'Outline' });
    outlineTab.focus();
    fireEvent.keyDown(outlineTab, { key: 'ArrowRight' });
    const syllabusTab = screen.getByRole('tab', { name: 'Syllabus' });
    expect(syllabusTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(syllabusTab);
    expect([outlineTab.tabIndex, syllabusTab.tabIndex]).toEqual([-1, 0]);
  });

  it('labels the syllabus tab 提纲 in Chinese', () => {
    installLocale('zh_CN');
    render(<Panel {...panelProps({ syllabus })} />);
    fireEvent.click(screen.getByRole('tab', { name: '提纲' }));
    expect(screen.getByRole('button', { name: '四、严肃纪律 预览中未包含' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('Panel collapsed state', () => {
  it('collapses to a small tab named by panelExpand, docked to the chosen side', () => {
    const props = panelProps({ collapsed: true, side: 'left' });
    render(<Panel {...props} />);
    expect(screen.queryByRole('tree')).toBeNull();
    const tab = screen.getByRole('button', { name: 'Show the Lectern outline panel' });
    expect(screen.getByRole('complementary').getAttribute('data-side')).toBe('left');
    fireEvent.click(tab);
    expect(props.onToggleCollapsed).toHaveBeenCalledTimes(1);
  });

  it('has a collapse button when expanded, and focus follows a toggle made in the panel', () => {
    const props = panelProps();
    const { rerender } = render(<Panel {...props} />);
    const collapse = screen.getByRole('button', { name: 'Hide the outline panel' });
    collapse.focus();
    fireEvent.click(collapse);
    expect(props.onToggleCollapsed).toHaveBeenCalledTimes(1);
    rerender(<Panel {...props} collapsed />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show the Lectern outline panel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the Lectern outline panel' }));
    rerender(<Panel {...props} collapsed={false} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hide the outline panel' }));
  });

  it('does not steal focus when collapsed from outside (the keyboard command)', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const { rerender } = render(<Panel {...panelProps()} />);
    rerender(<Panel {...panelProps({ collapsed: true })} />);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('renders the extra sections slot', () => {
    render(<Panel {...panelProps({ extraSections: <p>3 overlays hidden</p> })} />);
    expect(within(screen.getByRole('complementary')).getByText('3 overlays hidden')).toBeTruthy();
  });
});

describe('Panel inside a shadow root', () => {
  it('works with focus and keys when mounted the way the content script mounts it', () => {
    const host = document.createElement('lectern-panel');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    const props = panelProps({ currentId: 'i5' });
    renderPreact(<Panel {...props} />, mount);

    const treeItems = [...shadow.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    expect(treeItems.filter((item) => item.tabIndex === 0).map((item) => item.dataset.id)).toEqual(['i5']);
    treeItems[0]!.focus();
    expect(shadow.activeElement).toBe(treeItems[0]);
    fireEvent.keyDown(treeItems[0]!, { key: 'ArrowDown' });
    expect((shadow.activeElement as HTMLElement).dataset.id).toBe('i1');
    fireEvent.keyDown(shadow.activeElement!, { key: 'Enter' });
    expect(props.onNavigate).toHaveBeenCalledWith('i1');

    renderPreact(null, mount);
    host.remove();
  });
});

describe('Panel keeps the current row in view', () => {
  it("scrolls the panel's own body, not the page, when the position moves", () => {
    const original = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      const rect = (top: number, height: number) => new DOMRect(0, top, 300, height);
      if (this.classList.contains('panel-body')) return rect(100, 200);
      if (this.classList.contains('outline-row') && this.parentElement?.dataset.id === 'i8') return rect(420, 24);
      return rect(150, 24);
    };
    try {
      const { rerender } = render(<Panel {...panelProps()} />);
      const body = document.querySelector<HTMLElement>('.panel-body')!;
      expect(body.scrollTop).toBe(0);
      rerender(<Panel {...panelProps({ currentId: 'i8' })} />);
      expect(body.scrollTop).toBe(420 + 24 - 300 + 8);
      expect(window.scrollY).toBe(0);
    } finally {
      HTMLElement.prototype.getBoundingClientRect = original;
    }
  });
});
