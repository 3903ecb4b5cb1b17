import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { installLocale } from '../../helpers/i18n';
import { panelProps } from './fixtures';

beforeEach(() => installLocale('zh_CN'));
afterEach(cleanup);

async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    rules: {
      // Needs real layout and painted colours, which happy-dom does not compute;
      // contrast is checked on the real panel in the Chromium end-to-end run.
      'color-contrast': { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const fullProps = () =>
  panelProps({
    currentId: 'i2',
    truncation: { shownChars: 3491, totalChars: 7830 },
    progress: { percent: 42, minutesLeft: 6 },
    syllabus: [
      { level: 1, text: '一、统一思想', inBody: true, targetId: 'i0' },
      { level: 1, text: '四、严肃纪律', inBody: false },
    ],
  });

describe('Panel accessibility (axe-core)', () => {
  it('has no violations in the outline view', async () => {
    const { container } = render(<Panel {...fullProps()} />);
    expect(await violations(container)).toEqual([]);
  });

  it('has no violations with a filtered, partly collapsed tree', async () => {
    const { container } = render(<Panel {...fullProps()} />);
    fireEvent.click(screen.getByRole('radio', { name: '1–2' }));
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: '全部折叠' }));
    expect(await violations(container)).toEqual([]);
  });

  it('has no violations in the syllabus view', async () => {
    const { container } = render(<Panel {...fullProps()} />);
    fireEvent.click(screen.getByRole('tab', { name: '提纲' }));
    expect(await violations(container)).toEqual([]);
  });

  it('has no violations when collapsed to a tab', async () => {
    const { container } = render(<Panel {...fullProps()} collapsed />);
    expect(await violations(container)).toEqual([]);
  });
});
