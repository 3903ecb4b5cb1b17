import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { installLocale } from '../../helpers/i18n';
import { panelProps, speechItems } from './fixtures';

beforeEach(() => installLocale('en'));
afterEach(cleanup);

const tree = () => screen.getByRole('tree', { name: 'Speech outline' });
const rows = () => within(tree()).getAllByRole('treeitem');
const row = (text: string) => within(tree()).getByRole('treeitem', { name: text });
const visibleTexts = () => rows().map((item) => item.querySelector('.outline-text')!.textContent);
const focused = () => (document.activeElement as HTMLElement | null)?.querySelector('.outline-text')?.textContent;
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });

describe('OutlineTree structure and ARIA', () => {
  it('nests items from a flat list with levels, including a skipped level', () => {
    render(<Panel {...panelProps()} />);
    expect(visibleTexts()).toEqual(speechItems.map((item) => item.text));
    const second = row('二、狠抓落实');
    const group = second.querySelector(':scope > [role="group"]')!;
    expect(within(group as HTMLElement).getByRole('treeitem', { name: '1. 建立台账' }).getAttribute('aria-level')).toBe('2');
    expect(row('一是原原本本学').getAttribute('aria-level')).toBe('4');
  });

  it('sets level, set size, position, and aria-expanded only on items with children', () => {
    render(<Panel {...panelProps()} />);
    const first = row('一、统一思想');
    expect([first.getAttribute('aria-level'), first.getAttribute('aria-setsize'), first.getAttribute('aria-posinset')]).toEqual([
      '1',
      '3',
      '1',
    ]);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(row('（二）压实责任').getAttribute('aria-posinset')).toBe('2');
    expect(row('（二）压实责任').hasAttribute('aria-expanded')).toBe(false);
    expect(row('三、加强领导').hasAttribute('aria-expanded')).toBe(false);
    expect(tree().querySelectorAll('[role="group"]')).toHaveLength(4);
  });

  it('names each item by its own text, not its descendants', () => {
    render(<Panel {...panelProps()} />);
    expect(row('一、统一思想')).toBeTruthy();
  });

  it('has exactly one tabbable item, the first by default and the current one when given', () => {
    const { rerender } = render(<Panel {...panelProps()} />);
    const tabbable = () => rows().filter((item) => item.tabIndex === 0);
    expect(tabbable().map((item) => item.textContent)).toEqual([rows()[0]!.textContent]);
    expect(rows().filter((item) => item.tabIndex === -1)).toHaveLength(speechItems.length - 1);
    rerender(<Panel {...panelProps({ currentId: 'i5' })} />);
    expect(tabbable()).toEqual([row('（二）压实责任')]);
  });

  it('marks the current item with aria-current="location" and a class', () => {
    render(<Panel {...panelProps({ currentId: 'i2' })} />);
    const current = tree().querySelectorAll('[aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0]).toBe(row('1. 学习文件'));
    expect(current[0]!.getAttribute('aria-current')).toBe('location');
    expect(current[0]!.classList.contains('is-current')).toBe(true);
  });

  it('renders page text as text: no element is created from HTML-looking item text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    render(<Panel {...panelProps({ title: '<b>title</b>', items: [{ id: 'x', level: 1, text: hostile, kind: 'heading' }] })} />);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(row(hostile).textContent).toBe(hostile);
    expect(screen.getByText('<b>title</b>')).toBeTruthy();
  });
});

describe('OutlineTree keyboard and pointer', () => {
  it('moves with ArrowDown / ArrowUp / Home / End among visible items', () => {
    render(<Panel {...panelProps()} />);
    rows()[0]!.focus();
    press('ArrowDown');
    expect(focused()).toBe('（一）提高认识');
    press('ArrowDown');
    press('ArrowUp');
    expect(focused()).toBe('（一）提高认识');
    press('End');
    expect(focused()).toBe('三、加强领导');
    press('ArrowDown');
    expect(focused()).toBe('三、加强领导');
    press('Home');
    expect(focused()).toBe('一、统一思想');
    press('ArrowUp');
    expect(focused()).toBe('一、统一思想');
    // The roving tab stop follows focus.
    press('End');
    expect(rows().filter((item) => item.tabIndex === 0)).toEqual([row('三、加强领导')]);
  });

  it('ArrowLeft collapses, then moves to the parent; ArrowRight expands, then moves to the first child', () => {
    render(<Panel {...panelProps()} />);
    row('（一）提高认识').focus();
    press('ArrowLeft');
    expect(row('（一）提高认识').getAttribute('aria-expanded')).toBe('false');
    expect(visibleTexts()).not.toContain('1. 学习文件');
    expect(focused()).toBe('（一）提高认识');
    press('ArrowLeft');
    expect(focused()).toBe('一、统一思想');
    row('（一）提高认识').focus();
    press('ArrowRight');
    expect(row('（一）提高认识').getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe('（一）提高认识');
    press('ArrowRight');
    expect(focused()).toBe('1. 学习文件');
    // A leaf: ArrowRight does nothing.
    row('（二）压实责任').focus();
    press('ArrowRight');
    expect(focused()).toBe('（二）压实责任');
  });

  it('moves the tab stop to the visible parent when the focused item is folded away', () => {
    render(<Panel {...panelProps()} />);
    row('1. 学习文件').focus();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(rows().filter((item) => item.tabIndex === 0)).toEqual([row('一、统一思想')]);
  });

  it('Enter and Space navigate; click navigates with the id', () => {
    const props = panelProps();
    render(<Panel {...props} />);
    row('（二）压实责任').focus();
    press('Enter');
    expect(props.onNavigate).toHaveBeenLastCalledWith('i5');
    press('ArrowDown');
    const space = fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(props.onNavigate).toHaveBeenLastCalledWith('i6');
    expect(space).toBe(false); // default prevented: Space must not scroll the page
    fireEvent.click(row('1. 建立台账').querySelector('.outline-text')!);
    expect(props.onNavigate).toHaveBeenLastCalledWith('i7');
    expect(props.onNavigate).toHaveBeenCalledTimes(3);
  });

  it('clicking the disclosure triangle toggles instead of navigating', () => {
    const props = panelProps();
    render(<Panel {...props} />);
    const twisty = row('一、统一思想').querySelector(':scope > .outline-row > .outline-twisty')!;
    fireEvent.click(twisty);
    expect(row('一、统一思想').getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(twisty);
    expect(row('一、统一思想').getAttribute('aria-expanded')).toBe('true');
    expect(props.onNavigate).not.toHaveBeenCalled();
  });

  it('* expands all siblings of the focused item', () => {
    render(<Panel {...panelProps()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(visibleTexts()).toEqual(['一、统一思想', '二、狠抓落实', '三、加强领导']);
    row('一、统一思想').focus();
    press('*');
    expect(row('一、统一思想').getAttribute('aria-expanded')).toBe('true');
    expect(row('二、狠抓落实').getAttribute('aria-expanded')).toBe('true');
    // Only siblings: the children stay as they were.
    expect(row('（一）提高认识').getAttribute('aria-expanded')).toBe('false');
  });

  it('leaves keys with modifiers and unrelated keys to the browser', () => {
    const props = panelProps();
    render(<Panel {...props} />);
    rows()[0]!.focus();
    expect(fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true })).toBe(true);
    expect(fireEvent.keyDown(document.activeElement!, { key: 'a' })).toBe(true);
    expect(focused()).toBe('一、统一思想');
  });
});
