// The two stages of detection in the browser: stage 1 in the every-page script, stage 2
// injected only where stage 1 is unsure (the pages below are such pages; the Node
// corpus ring decides the same pages the same way).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { UNSURE_NOTICE, UNSURE_SPEECH } from '../journeys/journeys';
import { detectionRecordOf, EXTENSION_DIR } from '../../scripts/lib/browser';
import { DETECTOR_MODEL } from '../../utils/analyze/detector-model';
import { panelPresent, useExtensionBrowser } from './harness';

const CLEAR_SPEECH = 'demo/wentop-speech.html';

const env = useExtensionBrowser();

/** The stages whose scripts read the page, as the background recorded them; none on the page's own performance timeline. */
async function stagesRun(page: Page): Promise<number[]> {
  const record = await detectionRecordOf(env.browser, page.url());
  expect(await page.evaluate(() => performance.getEntries().filter((entry) => entry.name.startsWith('lectern:detect')).length)).toBe(0);
  return record?.reads.map((read) => read.stage) ?? [];
}

describe('detection in two stages', () => {
  it('settles a clear speech in stage 1 and shows the panel', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(CLEAR_SPEECH));
      expect(await panelPresent(page, 5_000)).toBe(true);
      expect(await stagesRun(page)).toEqual([1]);
    } finally {
      await page.close();
    }
  });

  it('sends a page stage 1 is unsure of to the injected stage-2 script, which shows the panel on a speech', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(UNSURE_SPEECH));
      expect(await panelPresent(page, 8_000)).toBe(true);
      await expect.poll(() => stagesRun(page)).toEqual([1, 2]);
    } finally {
      await page.close();
    }
  });

  it('and leaves an unsure notice alone after stage 2', async () => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(env.server.url(UNSURE_NOTICE));
      await expect.poll(() => stagesRun(page), { timeout: 8_000 }).toEqual([1, 2]);
      expect(await panelPresent(page, 1_500)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('leaves the model out of the reader: the reader is injected only after a verdict, and compiles on every speech page', () => {
    const bundle = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // The camel-case names only: a one-word name ("delivered") is an ordinary word elsewhere.
    const featureNames = Object.keys(DETECTOR_MODEL.stage1.weights).filter((name) => /[A-Z]/.test(name));
    expect(featureNames.length).toBeGreaterThan(5);
    // The background scores with the model; the reader's bundle must not carry it.
    expect(featureNames.filter((name) => bundle('background.js').includes(name))).toEqual(featureNames);
    expect(featureNames.filter((name) => bundle('reader.js').includes(name))).toEqual([]);
  });
});
