// "Always on this site": the reader overrules the detector for a whole host, and the
// later of "always" and "never" wins.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storedHostsInPage } from '../journeys/journeys';
import { openExtensionPage, panelPresent, tabIdOf, useExtensionBrowser } from './harness';

const TURNED_DOWN = 'corpus/shaoxingyizhong/item-19954.html';
const ANOTHER_PAGE_OF_THE_HOST = 'corpus/readability/wikipedia.html';
const ALWAYS = '在此网站总是显示（127.0.0.1）';
const NEVER = '在 127.0.0.1 上永不运行';

const env = useExtensionBrowser();

/**
 * The stored choice for the test host. A switch's click returns before the popup has
 * written the choice, and closing the popup then may cut the write short: wait for the
 * stored choice, do not sample it.
 */
async function storedChoice(popup: Page): Promise<string> {
  const [always, never] = await Promise.all([popup.evaluate(storedHostsInPage, 'alwaysHosts'), popup.evaluate(storedHostsInPage, 'disabledHosts')]);
  return `always: ${always.join(',')}; never: ${never.join(',')}`;
}
const ALWAYS_STORED = 'always: 127.0.0.1; never: ';
const NEVER_STORED = 'always: ; never: 127.0.0.1';
const NEITHER_STORED = 'always: ; never: ';

describe('always on this site', () => {
  it('show anyway → always on this site → the panel appears on reload and on other pages of the host without asking', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(TURNED_DOWN));
      expect(await panelPresent(page, 1_500)).toBe(false);
      const tabId = await tabIdOf(env.browser, env.server.url(TURNED_DOWN));
      const popup = await openExtensionPage(env.browser, `popup.html?tabId=${tabId}`);
      expect(await popup.getByRole('checkbox', { name: ALWAYS }).count()).toBe(0);
      await popup.getByRole('button', { name: '仍然显示提纲' }).click();
      expect(await panelPresent(page, 5_000)).toBe(true);
      await popup.getByRole('checkbox', { name: ALWAYS }).check();
      await expect.poll(() => storedChoice(popup)).toBe(ALWAYS_STORED);
      await popup.close();

      await page.reload();
      expect(await panelPresent(page, 5_000)).toBe(true);
      await page.goto(env.server.url(ANOTHER_PAGE_OF_THE_HOST));
      expect(await panelPresent(page, 5_000)).toBe(true);

      const again = await openExtensionPage(env.browser, `popup.html?tabId=${tabId}`);
      expect(await again.getByRole('checkbox', { name: ALWAYS }).isChecked()).toBe(true);
      await again.close();
    } finally {
      await page.close();
    }
  });

  it('with both switches used on one host, the later choice wins', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(TURNED_DOWN));
      expect(await panelPresent(page, 5_000)).toBe(true);
      const tabId = await tabIdOf(env.browser, env.server.url(TURNED_DOWN));

      const popup = await openExtensionPage(env.browser, `popup.html?tabId=${tabId}`);
      await popup.getByRole('checkbox', { name: NEVER }).check();
      await expect.poll(() => storedChoice(popup)).toBe(NEVER_STORED);
      // The other switch follows once the choice is stored.
      await expect.poll(() => popup.getByRole('checkbox', { name: ALWAYS }).isChecked()).toBe(false);
      await popup.close();
      await page.reload();
      expect(await panelPresent(page, 1_500)).toBe(false);

      const second = await openExtensionPage(env.browser, `popup.html?tabId=${tabId}`);
      await second.getByText('已在此网站关闭讲稿伴读。').waitFor();
      await second.getByRole('button', { name: '仍然显示提纲' }).click();
      expect(await panelPresent(page, 5_000)).toBe(true);
      await second.getByRole('checkbox', { name: ALWAYS }).check();
      await expect.poll(() => storedChoice(second)).toBe(ALWAYS_STORED);
      await expect.poll(() => second.getByRole('checkbox', { name: NEVER }).isChecked()).toBe(false);
      await second.close();
      await page.reload();
      expect(await panelPresent(page, 5_000)).toBe(true);

      const third = await openExtensionPage(env.browser, `popup.html?tabId=${tabId}`);
      await third.getByRole('checkbox', { name: ALWAYS }).uncheck();
      await expect.poll(() => storedChoice(third)).toBe(NEITHER_STORED);
      await third.close();
      await page.reload();
      expect(await panelPresent(page, 1_500)).toBe(false);
    } finally {
      await page.close();
    }
  });
});
