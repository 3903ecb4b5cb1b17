// An exception inside analysis: caught, logged once, the page left as it was, and
// the popup says the analysis failed.
//
// No page can make the analysis throw from the DOM alone any more: the one natural
// trigger found (a page script nesting 20,000 elements, which overflowed the
// recursive line walk with "Maximum call stack size exceeded") was fixed, and that
// page is now the first test here. So the failure is injected from outside: through
// the debugging protocol, a DOM method the analyser calls is broken inside the
// extension's own isolated world (page scripts cannot reach that world; its DOM
// prototypes are its own), then an SPA navigation makes the reader analyse again.
// The catch path itself is also unit-tested (test/unit/hardening/analysis-failure.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, tabIdOf, treeItemTexts, type ExtensionBrowser, useHostileBrowser } from './helpers';

/** Evaluates `expression` in the extension's isolated world of `page` (where the reader runs). */
async function evaluateInExtensionWorld(browser: ExtensionBrowser, page: Page, expression: string): Promise<unknown> {
  const cdp = await browser.context.newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.origin.startsWith(`chrome-extension://${browser.extensionId}`) && c.auxData?.type === 'isolated');
  if (!world) throw new Error(`no isolated world of the extension among ${JSON.stringify(contexts)}`);
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as {
    result: { value?: unknown };
    exceptionDetails?: unknown;
  };
  await cdp.detach();
  if (exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(exceptionDetails)}`);
  return result.value;
}

describe('an exception inside analysis', () => {
  const env = useHostileBrowser();

  it('copes with 20,000 nested elements (the walk used to overflow the stack)', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('hostile/deep-nesting.html'));
    expect(await page.evaluate(() => (window as unknown as { __built: number }).__built)).toBeGreaterThan(60_000);
    await page.waitForSelector('lectern-panel [role="treeitem"]', { timeout: 15_000 });
    expect((await treeItemTexts(page))[0]).toMatch(/^一、牢牢把握/);
    await page.close();
  });

  it('is caught and logged once; the page is restored and untouched; the popup says the analysis failed', async () => {
    const page = await env.browser.context.newPage();
    const warnings: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('[Lectern]')) warnings.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const url = env.server.url('hostile/strict-csp.html'); // any speech with an ad the cleaner hides
    await page.goto(url);
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    await expect.poll(() => page.locator('#ad_top').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    // The page as served: today's markup without our cleaning marks.
    const before = await page.evaluate(() => {
      const copy = document.querySelector('main')!.cloneNode(true) as Element;
      for (const el of copy.querySelectorAll('*')) for (const a of [...el.attributes]) if (a.name.startsWith('data-lectern-')) el.removeAttribute(a.name);
      return copy.innerHTML;
    });

    // Break a DOM method the analyser calls, in the reader's world only.
    expect(
      await evaluateInExtensionWorld(
        env.browser,
        page,
        `Element.prototype.hasAttribute = function () { throw new Error('hasAttribute broken on purpose'); }; 'patched'`,
      ),
    ).toBe('patched');
    // The page's own world is unaffected.
    expect(await page.evaluate(() => document.body.hasAttribute('id'))).toBe(false);
    // An SPA navigation: the reader analyses again, and the analysis throws.
    await page.evaluate(() => {
      history.pushState({}, '', '?part=2');
      dispatchEvent(new PopStateEvent('popstate'));
    });

    await expect.poll(() => page.locator('lectern-panel').count(), { timeout: 5_000 }).toBe(0);
    const popup = await openExtensionPage(env.browser, `popup.html?tabId=${await tabIdOf(env.browser, `${url}?part=2`)}`);
    await popup.getByText(/^本页分析失败：hasAttribute broken on purpose$/).waitFor({ timeout: 5_000 });
    // Cleaning was undone, nothing of ours is left in the page, the page's text is as it was.
    const traces = await page.evaluate(() => ({
      marked: document.querySelectorAll('[data-lectern-hidden], [data-lectern-unclamp], [data-lectern-unlock], mark[data-lectern-highlight], lectern-panel').length,
      adShown: getComputedStyle(document.querySelector('#ad_top')!).display !== 'none',
      htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
      bodyAttributes: [...document.body.attributes].map((a) => a.name),
      markup: document.querySelector('main')!.innerHTML,
    }));
    expect(traces).toEqual({ marked: 0, adShown: true, htmlAttributes: ['lang=zh-CN'], bodyAttributes: [], markup: before });
    await page.waitForTimeout(1_500);
    expect(pageErrors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('analysis failed on this page: hasAttribute broken on purpose');
    await popup.close();
    await page.close();
  });
});
