// Page CSS that attacks (`* { all: unset !important }`, `lectern-panel { display:none
// !important }`, a 40px root font size) and a max-z-index overlay a page script adds
// later: the panel keeps its look and stays clickable.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { treeItemTexts, useHostileBrowser } from './helpers';

const PLAIN = 'hostile/css-plain.html';
const ATTACK = 'hostile/css-attack.html';

/** Computed styles of the host, the panel box and an outline item, as a reader sees them. */
const panelLook = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('lectern-panel')!;
    const root = host.shadowRoot!;
    const pick = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        display: s.display,
        visibility: s.visibility,
        opacity: s.opacity,
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        color: s.color,
        background: s.backgroundColor,
        pointerEvents: s.pointerEvents,
      };
    };
    const panel = root.querySelector('.lectern-panel')!;
    const item = root.querySelector('[role="treeitem"] .outline-text')!;
    const rect = panel.getBoundingClientRect();
    return {
      host: pick(host),
      panel: pick(panel),
      item: pick(item),
      panelBox: { width: Math.round(rect.width), height: Math.round(rect.height) > 100 },
    };
  });

describe('page CSS cannot break the panel', () => {
  const env = useHostileBrowser();

  it('looks the same under `all: unset !important`, `display:none !important` and a 40px root font size', async () => {
    const plain = await env.browser.context.newPage();
    await plain.goto(env.server.url(PLAIN));
    await plain.waitForSelector('lectern-panel [role="treeitem"]');
    const attacked = await env.browser.context.newPage();
    await attacked.goto(env.server.url(ATTACK));
    await attacked.waitForSelector('lectern-panel [role="treeitem"]');
    // The page's rules do apply to its own text (the attack is real).
    expect(await attacked.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontSize)).toBe('40px');

    const reference = await panelLook(plain);
    expect(reference.host.display).toBe('block');
    expect(reference.item.visibility).toBe('visible');
    expect(await panelLook(attacked)).toEqual(reference);
    await expect.poll(() => treeItemTexts(attacked)).toEqual(await treeItemTexts(plain));
    await plain.close();
    await attacked.close();
  });

  it('stays on top of, and clickable through, a max-z-index overlay the page adds later', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url(ATTACK));
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    await page.waitForFunction(() => (window as unknown as { __overlayAdded?: boolean }).__overlayAdded === true);
    const before = await panelLook(page);
    expect(before.item.fontSize).toBe('14px');

    const target = page.locator('lectern-panel [role="treeitem"] .outline-text').filter({ hasText: '三、躬身践行' });
    // A real click (Playwright checks the element is the one hit at that point).
    await target.click({ timeout: 3_000 });
    await expect
      .poll(() => page.locator('lectern-panel [aria-current="location"] .outline-text').first().textContent(), { timeout: 8_000 })
      .toContain('三、躬身践行');
    expect(await page.evaluate(() => (window as unknown as { __overlayClicks?: number }).__overlayClicks)).toBeUndefined();

    // Collapse and reopen through the overlay too.
    await page.locator('lectern-panel .panel-collapse').click({ timeout: 3_000 });
    await page.locator('lectern-panel .lectern-tab').click({ timeout: 3_000 });
    await expect.poll(() => page.locator('lectern-panel [role="tree"]').count()).toBe(1);
    expect((await panelLook(page)).item).toEqual(before.item);
    await page.close();
  });
});
