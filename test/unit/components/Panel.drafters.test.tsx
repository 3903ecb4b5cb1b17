import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelSyllabusItem } from '../../../components/Panel';
import { installLocale } from '../../helpers/i18n';
import { panelProps } from './fixtures';

beforeEach(() => installLocale('en'));
afterEach(cleanup);

const W = '\u3000';
const TITLE = '在全市安全生产工作会议上的讲话';

function clipboard() {
  const written: string[] = [];
  return { written, write: vi.fn(async (text: string) => void written.push(text)) };
}

describe('Copy outline', () => {
  it('copies the outline as indented plain text with the title first, and confirms', async () => {
    const { written, write } = clipboard();
    render(<Panel {...panelProps({ writeClipboard: write })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy outline' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(written).toEqual([
      [
        TITLE,
        '一、统一思想',
        `${W}${W}（一）提高认识`,
        `${W}${W}${W}${W}1. 学习文件`,
        `${W}${W}${W}${W}${W}${W}一是原原本本学`,
        `${W}${W}${W}${W}${W}${W}二是联系实际学`,
        `${W}${W}（二）压实责任`,
        '二、狠抓落实',
        `${W}${W}1. 建立台账`,
        '三、加强领导',
      ].join('\n') + '\n',
    ]);
  });

  it('follows the level filter and the enumeration toggle', async () => {
    const { written, write } = clipboard();
    render(<Panel {...panelProps({ writeClipboard: write })} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show enumerations (first, second…)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy outline' }));
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).not.toContain('一是');
    expect(written[0]).toContain(`${W}${W}${W}${W}1. 学习文件`);

    fireEvent.click(screen.getByRole('radio', { name: '1–2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy outline' }));
    await waitFor(() => expect(written).toHaveLength(2));
    expect(written[1]).toBe([TITLE, '一、统一思想', `${W}${W}（一）提高认识`, `${W}${W}（二）压实责任`, '二、狠抓落实', `${W}${W}1. 建立台账`, '三、加强领导'].join('\n') + '\n');
  });

  it('offers Markdown and downloads in a keyboard menu; Escape returns focus to its button', async () => {
    const { written, write } = clipboard();
    const download = vi.fn();
    render(<Panel {...panelProps({ writeClipboard: write, download })} />);
    const more = screen.getByRole('button', { name: 'More outline formats' });
    expect(more.getAttribute('aria-haspopup')).toBe('menu');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: 'Outline formats' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Copy as plain text',
      'Copy as Markdown list',
      'Copy as Markdown headings',
      'Download .txt',
      'Download .md',
      'Download .docx (公文 layout)',
    ]);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    fireEvent.keyDown(items[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(more);

    fireEvent.click(more);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy as Markdown headings' }));
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toMatch(/^# 在全市安全生产工作会议上的讲话\n\n## 一、统一思想\n\n### （一）提高认识\n/);

    fireEvent.click(more);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy as Markdown list' }));
    await waitFor(() => expect(written).toHaveLength(2));
    expect(written[1]).toContain('\n- 一、统一思想\n  - （一）提高认识\n    - 1\\. 学习文件\n');

    fireEvent.click(more);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Download .md' }));
    expect(download).toHaveBeenCalledWith(`${TITLE}.md`, expect.stringContaining('- 三、加强领导'), 'text/markdown;charset=utf-8');
    expect(screen.getByRole('status').textContent).toBe(`Downloaded ${TITLE}.md`);

    fireEvent.click(more);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Download .docx (公文 layout)' }));
    const [filename, file, mime] = download.mock.calls.at(-1)!;
    expect([filename, mime]).toEqual([`${TITLE}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    // A ZIP archive whose document part holds the headings (stored, so readable as UTF-8).
    expect(file).toBeInstanceOf(Uint8Array);
    const raw = new TextDecoder().decode(file as Uint8Array);
    expect(raw.startsWith('PK\u0003\u0004')).toBe(true);
    expect(raw).toContain('<w:t xml:space="preserve">一、统一思想</w:t>');
    expect(screen.getByRole('status').textContent).toBe(`Downloaded ${TITLE}.docx`);
  });

  it('closes its menu when its button is pressed again, and a press elsewhere closes it too', async () => {
    render(<Panel {...panelProps()} />);
    const more = screen.getByRole('button', { name: 'More outline formats' });
    // A real press: pointerdown, then click, each its own event with renders in between.
    const press = async (target: Element) => {
      fireEvent.pointerDown(target);
      await Promise.resolve();
      fireEvent.click(target);
    };
    await press(more);
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeNull());
    await press(more);
    await waitFor(() => expect(more.getAttribute('aria-expanded')).toBe('false'));
    expect(screen.queryByRole('menu')).toBeNull();

    await press(more);
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeNull());
    await press(screen.getByRole('button', { name: 'Copy outline' }));
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });

  it('says so when the clipboard refuses, and offers the download instead', async () => {
    const download = vi.fn();
    const write = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(<Panel {...panelProps({ writeClipboard: write, download })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy outline' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not write to the clipboard');
    fireEvent.click(within(alert).getByRole('button', { name: 'Download .txt' }));
    expect(download).toHaveBeenCalledWith(`${TITLE}.txt`, expect.stringMatching(/^在全市安全生产工作会议上的讲话\n一、统一思想\n/), 'text/plain;charset=utf-8');
  });

  it('from the 提纲 view, marks the items the page did not deliver', async () => {
    installLocale('zh_CN');
    const { written, write } = clipboard();
    const syllabus: PanelSyllabusItem[] = [
      { level: 1, text: '一、统一思想', inBody: true, targetId: 'i0' },
      { level: 2, text: '（一）提高认识', inBody: true, targetId: 'i1' },
      { level: 1, text: '二、狠抓落实', inBody: false },
    ];
    render(<Panel {...panelProps({ syllabus, writeClipboard: write })} />);
    fireEvent.click(screen.getByRole('tab', { name: '提纲' }));
    fireEvent.click(screen.getByRole('button', { name: '复制提纲' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已复制'));
    expect(written[0]).toBe(`${TITLE}\n一、统一思想\n${W}${W}（一）提高认识\n二、狠抓落实（预览中未包含）\n`);
  });
});

describe('Save this section (item menu)', () => {
  it('opens from a right-click on an item and saves that section', () => {
    const onSaveSection = vi.fn();
    render(<Panel {...panelProps({ onSaveSection })} />);
    const item = screen.getByRole('treeitem', { name: '（二）压实责任' });
    fireEvent.contextMenu(item.querySelector('.outline-text')!, { clientX: 40, clientY: 60 });
    const menu = screen.getByRole('menu', { name: 'Section actions' });
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Save this section' }));
    expect(onSaveSection).toHaveBeenCalledWith('i5');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens from the keyboard (ContextMenu key, Shift+F10) on the focused item; Escape gives focus back', () => {
    const onSaveSection = vi.fn();
    render(<Panel {...panelProps({ onSaveSection })} />);
    const item = screen.getByRole('treeitem', { name: '二、狠抓落实' });
    item.focus();
    fireEvent.keyDown(item, { key: 'F10', shiftKey: true });
    const entry = screen.getByRole('menuitem', { name: 'Save this section' });
    expect(document.activeElement).toBe(entry);
    fireEvent.keyDown(entry, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(item);

    fireEvent.keyDown(item, { key: 'ContextMenu' });
    fireEvent.click(screen.getByRole('menuitem', { name: 'Save this section' }));
    expect(onSaveSection).toHaveBeenCalledWith('i6');
  });

  it('has no item menu where the panel cannot save sections', () => {
    render(<Panel {...panelProps()} />);
    const item = screen.getByRole('treeitem', { name: '二、狠抓落实' });
    fireEvent.keyDown(item, { key: 'F10', shiftKey: true });
    fireEvent.contextMenu(item);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});

describe('Resume line and notices', () => {
  it('shows where the reader stopped, continues and dismisses by button', () => {
    installLocale('zh_CN');
    const onContinue = vi.fn();
    const onDismiss = vi.fn();
    render(<Panel {...panelProps({ resume: { path: ['二、狠抓落实', '1. 建立台账'], onContinue, onDismiss } })} />);
    expect(document.querySelector('.resume-where')!.textContent).toBe('上次读到：二、1. 建立台账');
    expect(document.querySelector('.resume-where')!.getAttribute('title')).toBe('二、狠抓落实 › 1. 建立台账');
    fireEvent.click(screen.getByRole('button', { name: '继续阅读：二、狠抓落实 › 1. 建立台账' }));
    expect(onContinue).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: '不再提示' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('announces an error notice and lets the reader dismiss it', () => {
    const onDismissNotice = vi.fn();
    render(<Panel {...panelProps({ notice: { kind: 'error', text: 'Too long' }, onDismissNotice })} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Too long');
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(onDismissNotice).toHaveBeenCalledOnce();
  });
});

describe('accessibility of the drafting controls', () => {
  it('has no axe violations with the resume line, a notice, and each menu open', async () => {
    const { default: axe } = await import('axe-core');
    const violations = async () =>
      (await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })).violations.map((v) => v.id);
    render(
      <Panel
        {...panelProps({
          onSaveSection: vi.fn(),
          resume: { path: ['二、狠抓落实'], onContinue: vi.fn(), onDismiss: vi.fn() },
          notice: { kind: 'error', text: 'Too long' },
          onDismissNotice: vi.fn(),
        })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'More outline formats' }));
    expect(await violations()).toEqual([]);
    fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Copy as plain text' }), { key: 'Escape' });
    fireEvent.contextMenu(screen.getByRole('treeitem', { name: '二、狠抓落实' }));
    expect(screen.getByRole('menu', { name: 'Section actions' })).toBeTruthy();
    expect(await violations()).toEqual([]);
  });
});
