// The background's service worker stopped (as Chrome does to idle workers, or as a
// crash would): the next page's navigation, from which the worker drives detection,
// starts it again, and so does the next save, stored exactly once. (What the
// page shows when the background fails or cannot be reached at all — the reason, the
// kept text, 重试 storing once — is tested at the unit level, where the failure can be
// forced: test/unit/hardening/save-failure-keeps-draft.test.tsx.)
import { describe, expect, it } from 'vitest';
import { highlightTexts, saveByButton, storedExcerpts, useHostileBrowser } from './helpers';
import { detectionRecordOf } from '../../../scripts/lib/browser';

describe('service worker stopped', () => {
  const env = useHostileBrowser();

  /** Stops the extension's service worker through the debugging protocol, as Chrome stops an idle one. */
  async function stopServiceWorker() {
    const cdp = await env.browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${env.browser.extensionId}/`))!;
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    await expect
      .poll(async () => ((await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string }> }).targetInfos.some((t) => t.targetId === worker.targetId))
      .toBe(false);
    await cdp.detach();
  }

  it('detects a speech on the next page: its navigation starts the worker again, which injects the detector', async () => {
    const warm = await env.browser.context.newPage();
    await warm.goto(env.server.url('hostile/css-plain.html'));
    await warm.waitForSelector('lectern-panel [role="treeitem"]');
    await warm.close();
    await stopServiceWorker();

    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('hostile/css-plain.html'));
    await page.waitForSelector('lectern-panel [role="treeitem"]', { timeout: 15_000 });
    expect((await detectionRecordOf(env.browser, page.url()))?.reads.map((read) => read.stage)).toEqual([1]);
    await page.close();
  });

  it('saves once after the worker was stopped under the open page', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('hostile/css-plain.html'));
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    await saveByButton(page, '为谁创造政绩,是政绩观的“总开关”。');

    await stopServiceWorker();

    await saveByButton(page, '政绩不会从天而降,正确的政绩观最终要靠扎实的作风、过硬的本领、科学的方法来践行和实现。');
    await expect.poll(() => highlightTexts(page)).toHaveLength(2);
    const rows = await storedExcerpts(env.browser);
    expect(rows.map((row) => row.text).sort()).toEqual(
      ['为谁创造政绩,是政绩观的“总开关”。', '政绩不会从天而降,正确的政绩观最终要靠扎实的作风、过硬的本领、科学的方法来践行和实现。'].sort(),
    );
    await page.close();
  });
});
