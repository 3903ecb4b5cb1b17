// A page served with `Content-Security-Policy: default-src 'none'; style-src 'none'`:
// the panel still appears styled, cleaning hides the ad, and highlights show.
import { describe, expect, it } from 'vitest';
import { highlightTexts, saveByButton, treeItemTexts, useHostileBrowser } from './helpers';

const PAGE = 'hostile/strict-csp.html';
const CSP = "default-src 'none'; style-src 'none'";
const PASSAGE = '为谁创造政绩,是政绩观的“总开关”。';

describe('a strict CSP page', () => {
  const env = useHostileBrowser({}, { [PAGE]: { 'content-security-policy': CSP } });

  it('shows the styled panel, cleans, and highlights a saved excerpt', async () => {
    const page = await env.browser.context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(env.server.url(PAGE));
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    // The policy is in force: the page's own inline style attribute was refused.
    expect(await page.locator('#ad_top').evaluate((el) => (el as HTMLElement).style.height)).toBe('');

    await page.waitForSelector('lectern-panel [role="treeitem"]');
    expect((await treeItemTexts(page)).length).toBeGreaterThan(5);
    const look = await page.evaluate(() => {
      const panel = document.querySelector('lectern-panel')!.shadowRoot!.querySelector('.lectern-panel')!;
      const s = getComputedStyle(panel);
      return { width: s.width, position: s.position, background: s.backgroundColor, fontSize: s.fontSize };
    });
    expect(look.width).toBe('300px');
    expect(look.position).toBe('fixed');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.fontSize).toBe('14px');

    // Cleaning: the ad slot is marked and hidden by our stylesheet.
    await expect.poll(() => page.locator('#ad_top').evaluate((el) => getComputedStyle(el).display)).toBe('none');

    await saveByButton(page, PASSAGE);
    await expect.poll(() => highlightTexts(page)).toEqual([PASSAGE]);
    const markBackground = await page.locator('mark[data-lectern-highlight]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(markBackground).not.toBe('rgba(0, 0, 0, 0)');
    // Our injection caused no CSP violation reports (the page's own inline style attribute may).
    expect(violations.filter((text) => !/style attribute/i.test(text) || /lectern/i.test(text))).toEqual([]);
    await page.close();
  });
});
