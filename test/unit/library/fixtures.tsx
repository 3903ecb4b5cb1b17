import { render } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { installLocale } from '../../helpers/i18n';
import { LibraryPage, type LibraryPageProps } from '../../../components/library/LibraryPage';
import { LecternDB } from '../../../utils/db/schema';
import type { ExcerptDraft } from '../../../utils/excerpts/model';
import { saveExcerpt } from '../../../utils/excerpts/store';

export const NOW = Date.UTC(2026, 10, 26, 9, 30);

export function draft(overrides: Partial<ExcerptDraft> = {}): ExcerptDraft {
  return {
    text: '人民群众是历史的创造者',
    note: '',
    tags: [],
    pageUrl: 'https://www.wentop.com/speech/1.html',
    pageTitle: '在全县动员会上的讲话 - 文鼎文库',
    speechTitle: '在全县动员会上的讲话',
    sectionPath: ['一、提高政治站位'],
    ...overrides,
  };
}

export function freshDb(): LecternDB {
  return new LecternDB(`test-${crypto.randomUUID()}`);
}

/** Saves drafts one minute apart, the last newest. */
export async function seed(db: LecternDB, drafts: ExcerptDraft[], start = NOW - 60 * 60_000) {
  const saved = [];
  for (const [i, d] of drafts.entries()) saved.push(await saveExcerpt(db, d, start + i * 60_000));
  return saved;
}

export const THREE = [
  draft({ text: '人民群众是历史的创造者', tags: ['群众路线'], sectionPath: ['一、提高政治站位'] }),
  draft({
    text: 'High-quality development is the first task.',
    tags: ['发展'],
    pageUrl: 'https://www.gov.uk/speeches/remarks',
    pageTitle: 'Remarks - GOV.UK',
    speechTitle: 'Remarks at the summit',
    sectionPath: [],
  }),
  draft({ text: '高质量发展是首要任务，要坚持以人民为中心', tags: ['发展'], sectionPath: ['二、突出工作重点', '（一）抓好发展'] }),
];

export interface Recorded {
  filename: string;
  content: string;
  mime: string;
}

export function renderLibrary(db: LecternDB, props: Partial<LibraryPageProps> = {}) {
  const downloads: Recorded[] = [];
  const clipboard = { writeText: vi.fn(async (_text: string) => {}) };
  const view = render(
    <LibraryPage
      db={db}
      download={(filename, content, mime) => downloads.push({ filename, content: typeof content === 'string' ? content : new TextDecoder().decode(content), mime })}
      clipboard={clipboard}
      now={() => NOW}
      {...props}
    />,
  );
  return { ...view, downloads, clipboard };
}

/** Texts of the shown cards, in order. */
export function cardTexts(container: Element): string[] {
  return [...container.querySelectorAll('.excerpt-text')].map((node) => node.textContent ?? '');
}

/** A fresh database and the zh_CN locale for each test of a describe block, removed after it. */
export function useLibraryDb(receive: (db: LecternDB) => void): void {
  let db: LecternDB;
  beforeEach(() => {
    installLocale('zh_CN');
    db = freshDb();
    receive(db);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });
}
