// The background fails a save (quota exceeded), or cannot be reached (service worker
// stopped): the SelectionSaver shows why, keeps the text with a retry button, and the
// retry stores the excerpt exactly once.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SelectionSaver, type SelectionSaverHandle } from '../../../components/excerpts/SelectionSaver';
import { analyzePage } from '../../../utils/analyze';
import { LecternDB } from '../../../utils/db/schema';
import type { ExcerptDraft } from '../../../utils/excerpts/model';
import { saveExcerpt } from '../../../utils/excerpts/store';
import { installLocale } from '../../helpers/i18n';

const PASSAGE = '为谁创造政绩，是政绩观的总开关。';

function speechPage(): void {
  const article = document.createElement('article');
  article.id = 'content';
  const add = (tag: string, text: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    article.append(el);
  };
  add('h1', '在全县工作会议上的讲话');
  add('p', '同志们：');
  add('h2', '一、牢牢把握为谁创造政绩的根本立场');
  add('p', `${PASSAGE}我们要把群众满意作为一切工作的出发点和落脚点。`.repeat(8));
  add('h2', '二、科学回答创造什么样政绩的重要命题');
  add('p', '树立正确政绩观，必须紧扣高质量发展这一首要任务。'.repeat(10));
  document.body.replaceChildren(article);
}

function selectPassage(): void {
  const text = document.querySelectorAll('p')[1]!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, PASSAGE.length);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

type Answer = 'quota' | 'unreachable' | 'store';

describe('a failed save keeps the draft', () => {
  let db: LecternDB;
  let answers: Answer[];
  let received: ExcerptDraft[];

  beforeEach(async () => {
    fakeBrowser.reset();
    installLocale('en');
    speechPage();
    db = new LecternDB(`save-failure-${Math.random()}`);
    await db.open();
    answers = [];
    received = [];
    // The background as the page sees it: fails as told, then stores for real.
    fakeBrowser.runtime.onMessage.addListener(((message: { type: string; payload: ExcerptDraft }, _sender: unknown, respond: (r: unknown) => void) => {
      if (message.type !== 'excerpt:save') return false;
      received.push(message.payload);
      const answer = answers.shift() ?? 'store';
      if (answer === 'unreachable') throw new Error('Could not establish connection. Receiving end does not exist.');
      if (answer === 'quota') {
        respond({ ok: false, error: 'QuotaExceededError: The quota has been exceeded.' });
        return true;
      }
      saveExcerpt(db, message.payload).then((excerpt) => respond({ ok: true, value: excerpt }));
      return true;
    }) as never);
  });
  afterEach(async () => {
    cleanup();
    db.close();
    await db.delete();
  });

  const mount = () => {
    const analysis = analyzePage(document, 'https://example.org/speech', { force: true })!;
    expect(analysis.root.textContent).toContain(PASSAGE);
    const handle: SelectionSaverHandle = {};
    const saved: string[] = [];
    render(
      <SelectionSaver
        analysis={analysis}
        win={window}
        side="right"
        handle={handle}
        onSaved={(excerpt) => saved.push(excerpt.id)}
        onUpdated={() => undefined}
      />,
    );
    return { handle, saved };
  };

  it.each([
    ['the quota is exceeded', 'quota' as const, /Not saved: QuotaExceededError/],
    ['the background cannot be reached', 'unreachable' as const, /Not saved: The extension background did not answer/],
  ])('when %s: shows why, keeps the text, and a retry stores it once', async (_label, failure, reason) => {
    answers = [failure];
    const { handle } = mount();
    selectPassage();
    expect(handle.saveSelection?.()).toBe(true);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(reason);
    expect(alert.textContent).toContain('Your text is kept below');
    expect(alert.querySelector('.excerpt-popover-quote')?.textContent).toBe(PASSAGE);
    expect(await db.excerpts.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    // Acknowledged: the note editor of the stored excerpt replaces the alert.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(async () => expect(await db.excerpts.count()).toBe(1));
    const [row] = await db.excerpts.toArray();
    expect(row?.text).toBe(PASSAGE);
    expect(row?.sectionPath).toEqual(['一、牢牢把握为谁创造政绩的根本立场']);
    // The retry sent the same draft as the failed attempt.
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual(received[0]);
    await new Promise((done) => setTimeout(done, 50));
    expect(await db.excerpts.count()).toBe(1);
  });

  it('fails twice, then stores once on the third try', async () => {
    answers = ['unreachable', 'quota'];
    const { handle } = mount();
    selectPassage();
    handle.saveSelection?.();
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/QuotaExceededError/));
    expect(screen.getByRole('alert').querySelector('.excerpt-popover-quote')?.textContent).toBe(PASSAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(async () => expect(await db.excerpts.count()).toBe(1));
    expect(received).toHaveLength(3);
  });
});
