import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  newProfileDir,
  openExtensionPage,
  panelPresent,
  removeProfileDir,
  sendRuntimeMessage,
  serveFixtures,
  type FixtureServer,
} from './harness';

const DEMO = 'demo/wentop-speech.html';
const NOT_A_SPEECH = 'corpus/readability/wikipedia.html';

const draft = {
  text: '政绩观，是党员干部从政履职的“定盘星”',
  note: 'E2E note',
  tags: ['政绩观'],
  pageUrl: 'http://127.0.0.1/demo/wentop-speech.html',
  pageTitle: '在全县树立和践行正确政绩观学习教育动员会上的讲话 - 文鼎文库',
  speechTitle: '在全县树立和践行正确政绩观学习教育动员会上的讲话',
  sectionPath: [],
};

describe('foundation: the built extension in Chromium', () => {
  let server: FixtureServer;
  let profileDir: string;

  beforeAll(async () => {
    server = await serveFixtures();
    profileDir = await newProfileDir();
  });
  afterAll(async () => {
    await server.close();
    await removeProfileDir(profileDir);
  });

  it('mounts the panel host on the demo speech page and not on a non-speech page', async () => {
    const browser = await launchWithExtension({ profileDir });
    try {
      const demo = await browser.context.newPage();
      await demo.goto(server.url(DEMO));
      expect(await panelPresent(demo)).toBe(true);
      expect(await demo.locator('lectern-panel').count()).toBe(1);
      const shadowMode = await demo.evaluate(() => document.querySelector('lectern-panel')?.shadowRoot?.mode ?? null);
      expect(shadowMode).toBe('open');

      const other = await browser.context.newPage();
      await other.goto(server.url(NOT_A_SPEECH));
      expect(await panelPresent(other, 2_000)).toBe(false);
    } finally {
      await browser.close();
    }
  });

  it('stores a value through the background, shows it on library.html, and keeps it across a relaunch', async () => {
    const first = await launchWithExtension({ profileDir });
    try {
      const library = await openExtensionPage(first, 'library.html');
      const reply = await sendRuntimeMessage(library, { lectern: 1, type: 'excerpt:save', payload: draft });
      expect(reply).toMatchObject({ ok: true, value: { text: draft.text, host: '127.0.0.1' } });

      const rejected = await sendRuntimeMessage(library, { lectern: 1, type: 'excerpt:save', payload: { text: 42 } });
      expect(rejected).toMatchObject({ ok: false });
      expect(String((rejected as { error: string }).error)).toContain('payload.text');

      await library.reload();
      await expect.poll(() => library.locator('.excerpt-text').allTextContents()).toEqual([draft.text]);
    } finally {
      await first.close();
    }

    const second = await launchWithExtension({ profileDir });
    try {
      const library = await openExtensionPage(second, 'library.html');
      await expect.poll(() => library.locator('.excerpt-text').allTextContents()).toEqual([draft.text]);
      await expect.poll(() => library.locator('.excerpt-source').first().textContent()).toContain('政绩观学习教育动员会');
    } finally {
      await second.close();
    }
  });
});
