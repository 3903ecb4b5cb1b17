import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeError } from '../../../components/library/describeError';
import { exportFile } from '../../../components/library/exportFile';
import { groupExcerpts } from '../../../components/library/groupExcerpts';
import { addTag } from '../../../components/library/TagInput';
import type { Excerpt } from '../../../utils/excerpts/model';
import { installLocale } from '../../helpers/i18n';
import { draft, NOW } from './fixtures';

const excerpt = (id: string, createdAt: number, overrides: Partial<Excerpt> = {}): Excerpt => ({
  ...draft(),
  id,
  host: 'www.wentop.com',
  createdAt,
  updatedAt: createdAt,
  ...overrides,
});
const at = (start: number) => ({ quote: { exact: 'x', prefix: '', suffix: '' }, position: { start, end: start + 1 } });

describe('library helpers', () => {
  beforeEach(() => installLocale('en'));

  it('explains a full disk and a blocked database, keeping the browser’s own message', () => {
    const quota = new Dexie.AbortError('Transaction aborted', Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' }));
    expect(describeError(quota)).toMatch(/^The browser has no storage space left for Lectern\..* \(.*Transaction aborted/);
    expect(describeError(new Dexie.DatabaseClosedError('closed'))).toMatch(/^The excerpt database is held by another open Lectern page/);
    expect(describeError(new TypeError('boom'))).toBe('boom');
    expect(describeError('plain')).toBe('plain');
  });

  it('groups by speech (newest first) and by section in reading order', () => {
    const other = { pageUrl: 'https://b.example/', speechTitle: 'B' };
    const groups = groupExcerpts([
      excerpt('late-in-text', 5, { sectionPath: ['二、'], anchor: at(900) }),
      excerpt('other-speech', 4, other),
      excerpt('early-in-text', 3, { sectionPath: ['一、'], anchor: at(10) }),
      excerpt('same-section', 2, { sectionPath: ['二、'], anchor: at(500) }),
    ]);
    expect(groups.map((g) => g.title)).toEqual(['在全县动员会上的讲话', 'B']);
    expect(groups[0]!.sections.map((s) => [s.path.join(), s.excerpts.map((e) => e.id)])).toEqual([
      ['一、', ['early-in-text']],
      ['二、', ['same-section', 'late-in-text']],
    ]);
  });

  it('names export files by the local date and format', () => {
    const rows = [excerpt('a', NOW)];
    expect(exportFile('markdown', rows, NOW).filename).toBe('lectern-excerpts-2026-11-26.md');
    expect(exportFile('csv', rows, NOW).mime).toBe('text/csv;charset=utf-8');
    expect(JSON.parse(exportFile('json', rows, NOW).content).exportedAt).toBe(new Date(NOW).toISOString());
  });

  it('adds a typed tag once, trimmed', () => {
    expect(addTag(['a'], '  b ')).toEqual(['a', 'b']);
    const same = ['a'];
    expect(addTag(same, 'a')).toBe(same);
    expect(addTag(same, '   ')).toBe(same);
  });
});
