// The Speakers view of a transcript: a tab only when the page has speaker turns, a list of
// turns (label + first words) that jump on click, the current turn marked, no a11y violations.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel, type PanelSpeakerTurn } from '../../../components/Panel';
import { installLocale } from '../../helpers/i18n';
import { panelProps } from './fixtures';

afterEach(cleanup);

const turns: PanelSpeakerTurn[] = [
  { id: 't0', speaker: 'THE PRESIDENT', text: 'Good afternoon, everybody.' },
  { id: 't1', speaker: 'Q', text: 'Thank you, Mr. President. How much will it cost?' },
  { id: 't2', speaker: 'THE PRESIDENT', text: 'A little over two billion dollars.' },
  { id: 't3', speaker: 'MS. ALVAREZ', text: '<img src=x onerror=alert(1)>' },
];

describe('Panel Speakers view', () => {
  it('has no Speakers tab on a page without speaker turns', () => {
    installLocale('en');
    render(<Panel {...panelProps({ speakers: [] })} />);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Speakers' })).toBeNull();
  });

  it('lists the turns with label and first words, jumps on click and marks the current turn', () => {
    installLocale('en');
    const props = panelProps({ items: [], speakers: turns, currentTurnId: 't2' });
    render(<Panel {...props} />);
    const tabs = within(screen.getByRole('tablist', { name: 'Panel views' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Outline', 'Speakers']);
    fireEvent.click(tabs[1]!);
    const panel = screen.getByRole('tabpanel', { name: 'Speakers' });
    const list = within(panel).getByRole('list', { name: 'Speaker turns' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => [b.querySelector('.speaker-name')?.textContent, b.querySelector('.speaker-words')?.textContent])).toEqual(
      turns.map((t) => [t.speaker, t.text]),
    );
    // Page text stays text.
    expect(document.querySelector('.lectern-panel img')).toBeNull();
    expect(buttons[2]!.getAttribute('aria-current')).toBe('location');
    expect(buttons.filter((b) => b.hasAttribute('aria-current'))).toHaveLength(1);
    fireEvent.click(buttons[1]!);
    expect(props.onNavigate).toHaveBeenCalledWith('t1');
  });

  it('opens on the Speakers view when the transcript has no outline, and on the outline when it has one', () => {
    installLocale('en');
    render(<Panel {...panelProps({ items: [], speakers: turns })} />);
    expect(screen.getByRole('tab', { name: 'Speakers' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Speakers' })).toBeTruthy();
    cleanup();
    render(<Panel {...panelProps({ speakers: turns })} />);
    expect(screen.getByRole('tab', { name: 'Outline' }).getAttribute('aria-selected')).toBe('true');
  });

  it('offers all three views in order when the page also carries a 提纲, with arrow keys between them', () => {
    installLocale('zh_CN');
    render(<Panel {...panelProps({ speakers: turns, syllabus: [{ level: 1, text: '一、统一思想', inBody: true, targetId: 'i0' }] })} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['目录', '提纲', '发言']);
    tabs[0]!.focus();
    fireEvent.keyDown(tabs[0]!, { key: 'End' });
    expect(screen.getByRole('tab', { name: '发言' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('list', { name: '发言顺序' })).toBeTruthy();
  });

  it('has no accessibility violations', async () => {
    installLocale('zh_CN');
    const { container } = render(<Panel {...panelProps({ speakers: turns, currentTurnId: 't0' })} />);
    fireEvent.click(screen.getByRole('tab', { name: '发言' }));
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
