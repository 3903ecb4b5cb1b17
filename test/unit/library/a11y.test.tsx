import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../utils/db/schema';
import { installLocale } from '../../helpers/i18n';
import { cardTexts, freshDb, renderLibrary, seed, THREE } from './fixtures';

async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    rules: {
      // Needs real layout and painted colours, which happy-dom does not compute.
      'color-contrast': { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('LibraryPage accessibility (axe-core)', () => {
  let db: LecternDB;
  beforeEach(async () => {
    installLocale('zh_CN');
    db = freshDb();
    await seed(db, THREE);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('has no violations in the list, the grouped view, an open editor and the undo offer', async () => {
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    expect(await violations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('radio', { name: '按讲话和章节' }));
    fireEvent.click(within(screen.getByText(THREE[0]!.text).closest('li')!).getByRole('button', { name: '编辑笔记和标签' }));
    expect(await violations(container)).toEqual([]);

    fireEvent.click(within(screen.getByText(THREE[1]!.text).closest('li')!).getByRole('button', { name: '删除' }));
    await screen.findByRole('button', { name: '撤销' });
    expect(await violations(container)).toEqual([]);
  });

  it('has landmarks and labelled controls', async () => {
    const { container } = renderLibrary(db);
    await waitFor(() => expect(cardTexts(container)).toHaveLength(3));
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('search')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    for (const control of container.querySelectorAll('input, select, textarea, button')) {
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      const labelled = name.trim() || (control.id && container.querySelector(`label[for="${control.id}"]`)) || control.closest('label');
      expect(labelled, control.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });
});
