// `npm run screenshots`: retakes the README's pictures of the panel from the freshly built
// extension on the demo page (light, dark, and the drafters' view with the resume line and
// the outline-formats menu open). Kept out of the tests, which must not rewrite tracked files.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfileDir, ROOT, serveFixtures } from './lib/browser';

const DEMO = 'demo/wentop-speech.html';
const server = await serveFixtures();
const browser = await launchWithExtension();

const openDemo = async (scheme: 'light' | 'dark' = 'light'): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(server.url(DEMO));
  await page.waitForSelector('lectern-panel [role="treeitem"]');
  return page;
};
const jumpTo = (page: Page, heading: string) => page.locator('lectern-panel .outline-text').filter({ hasText: heading }).click();
const save = async (page: Page, name: string) => {
  const file = join(ROOT, 'docs', name);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
};

try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await openDemo(scheme);
    await jumpTo(page, '(二)创造泽被长远');
    await page.waitForTimeout(1_500);
    await save(page, `panel-${scheme}.png`);
    await page.close();
  }
  // The drafters' view: a later visit offers to continue where the reader stopped.
  const first = await openDemo();
  await jumpTo(first, '(三)创造全面协调');
  await first.waitForTimeout(1_800);
  await first.close();
  const page = await openDemo();
  await page.waitForSelector('lectern-panel .resume-line');
  await page.locator('lectern-panel').getByRole('button', { name: '更多提纲格式' }).click();
  await page.waitForTimeout(300);
  await save(page, 'drafters-panel.png');
  await page.close();
} finally {
  await browser.close();
  await removeProfileDir(browser.profileDir);
  await server.close();
}
