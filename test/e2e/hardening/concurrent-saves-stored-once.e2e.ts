// Five tabs saving at the same moment (the 摘录 button), and a burst of parallel
// excerpt:save messages: every excerpt is stored exactly once.
import { describe, expect, it } from 'vitest';
import { openExtensionPage, selectText, sendRuntimeMessage, storedExcerpts, useHostileBrowser } from './helpers';

const PASSAGES = [
  '为谁创造政绩,是政绩观的“总开关”。',
  '政绩不会从天而降,正确的政绩观最终要靠扎实的作风、过硬的本领、科学的方法来践行和实现。',
  '开关拧得正,干事创业才有正确方向;',
  '树立正确政绩观,必须紧扣高质量发展这一首要任务,',
  '唯有大力弘扬求真务实、真抓实干的优良作风,',
];

describe('concurrent saves', () => {
  const env = useHostileBrowser();

  it('stores each of five tabs’ simultaneous saves exactly once', async () => {
    const pages = await Promise.all(PASSAGES.map(() => env.browser.context.newPage()));
    await Promise.all(pages.map((page, i) => page.goto(env.server.url(`hostile/css-plain.html?tab=${i}`))));
    await Promise.all(pages.map((page) => page.waitForSelector('lectern-panel [role="treeitem"]')));
    for (const [i, page] of pages.entries()) {
      await page.bringToFront();
      await selectText(page, PASSAGES[i]!);
      await page.locator('lectern-panel').getByRole('button', { name: '摘录', exact: true }).waitFor();
    }
    // All five buttons pressed at once (dispatched, so no tab waits for focus).
    await Promise.all(pages.map((page) => page.locator('lectern-panel').getByRole('button', { name: '摘录', exact: true }).dispatchEvent('click')));
    await Promise.all(pages.map((page) => page.getByRole('dialog', { name: '摘录的备注和标签' }).waitFor()));

    const rows = await storedExcerpts(env.browser);
    expect(rows.map((row) => row.text).sort()).toEqual([...PASSAGES].sort());
    expect(new Set(rows.map((row) => row.id)).size).toBe(PASSAGES.length);
    for (const [i, page] of pages.entries()) {
      expect(rows.find((row) => row.text === PASSAGES[i])?.pageUrl).toBe(env.server.url(`hostile/css-plain.html?tab=${i}`));
      await page.close();
    }
  });

  it('stores a burst of 40 parallel saves from extension pages exactly once each', async () => {
    const before = (await storedExcerpts(env.browser)).length;
    const senders = await Promise.all([0, 1, 2, 3].map(() => openExtensionPage(env.browser, 'popup.html')));
    const drafts = Array.from({ length: 40 }, (_, i) => ({
      text: `并发摘录第${i}条：政绩观是党员干部从政履职的“定盘星”`,
      note: '',
      tags: ['并发'],
      pageUrl: `http://127.0.0.1/burst/${i % 5}`,
      pageTitle: '在全县工作会议上的讲话',
      speechTitle: '在全县工作会议上的讲话',
      sectionPath: [],
    }));
    const replies = await Promise.all(
      drafts.map((draft, i) => sendRuntimeMessage(senders[i % senders.length]!, { lectern: 1, type: 'excerpt:save', payload: draft })),
    );
    expect(replies.every((reply) => (reply as { ok: boolean }).ok)).toBe(true);
    const rows = await storedExcerpts(env.browser);
    expect(rows.length).toBe(before + drafts.length);
    for (const draft of drafts) expect(rows.filter((row) => row.text === draft.text)).toHaveLength(1);
    await Promise.all(senders.map((page) => page.close()));
  });
});
