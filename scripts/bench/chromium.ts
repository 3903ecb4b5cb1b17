// Figures measured in real Chromium with the built extension loaded.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { detectionRecordOf, launchWithExtension, removeProfileDir, serveFixtures, type ExtensionBrowser } from '../lib/browser';
import { generatedExport } from './excerpts';
import { manyNodesSpeech } from './synthetic';
import { median, p95 } from './stats';

export async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((entry) => entry.duration), name);
}

/**
 * Main-thread time of detection in one page (the detector's reads, plus stage 2's where stage
 * 1 was unsure) and the stages that read it, once the background has recorded its verdict.
 */
export async function detectionCost(browser: ExtensionBrowser, page: Page): Promise<{ ms: number; stages: number[] } | null> {
  // Each detection script hands its time back with its answer, and the background records it.
  const record = await detectionRecordOf(browser, page.url());
  if (!record) return null;
  return { ms: record.reads.reduce((sum, read) => sum + read.ms, 0), stages: record.reads.map((read) => read.stage) };
}

async function extensionPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

async function timeMessage(page: Page, message: unknown, repeat: number): Promise<number> {
  const runs = await page.evaluate(
    async ({ message, repeat }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome
        .runtime;
      const out: number[] = [];
      for (let i = 0; i < repeat; i++) {
        const payload = JSON.parse(JSON.stringify(message).replaceAll('#N', String(i)));
        const start = performance.now();
        const reply = await runtime.sendMessage(payload);
        out.push(performance.now() - start);
        if (!reply.ok) throw new Error(reply.error);
      }
      return out;
    },
    { message, repeat },
  );
  return median(runs);
}

export async function benchChromium(pages: { speech: readonly string[]; nonSpeech: readonly string[] }, tmpDir: string) {
  const large = manyNodesSpeech();
  const server = await serveFixtures({ 'bench/many-nodes.html': large.html });
  const browser = await launchWithExtension();
  // Saved pages reference ad networks and CDNs; this machine has no network, so
  // refuse those requests at once instead of letting "load" wait for them.
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  try {
    const detect: number[] = [];
    const stagesNonSpeech: number[][] = [];
    const skipped: string[] = [];
    for (const path of pages.nonSpeech) {
      const page = await browser.context.newPage();
      // A saved page that never reaches DOMContentLoaded (seen once in a loaded run) is
      // reported and skipped, not allowed to end the whole bench.
      const loaded = await page.goto(server.url(path), { waitUntil: 'domcontentloaded' }).then(() => true, () => false);
      const cost = loaded ? await detectionCost(browser, page) : null;
      if (cost) {
        detect.push(cost.ms);
        stagesNonSpeech.push(cost.stages);
      } else skipped.push(path);
      await page.close();
    }
    const stagesSpeech: number[][] = [];
    const analyze: number[] = [];
    const busy: number[] = [];
    const slices: number[] = [];
    let slowestSlice = { ms: 0, page: '' };
    const mount: number[] = [];
    const openSpeech = async (url: string, timeout: number) => {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const cost = await detectionCost(browser, page);
      if (cost) stagesSpeech.push(cost.stages);
      await page.waitForFunction(() => performance.getEntriesByName('lectern:mount').length > 0, null, { timeout }).catch(() => null);
      const result = {
        analyze: await measures(page, 'lectern:analyze'),
        // Busy time: the analysis's slices, without the pauses between them.
        slices: await measures(page, 'lectern:analyze:slice'),
        mount: await measures(page, 'lectern:mount'),
      };
      await page.close();
      return result;
    };
    for (const path of pages.speech) {
      const page = await openSpeech(server.url(path), 8_000);
      analyze.push(...page.analyze);
      mount.push(...page.mount);
      if (page.slices.length) busy.push(page.slices.reduce((sum, ms) => sum + ms, 0));
      slices.push(...page.slices);
      for (const ms of page.slices) if (ms > slowestSlice.ms) slowestSlice = { ms, page: path };
    }
    const largePage = await openSpeech(server.url('bench/many-nodes.html'), 30_000);
    const storage = await benchStorage(browser, tmpDir);
    return {
      mainThreadMsMedian: median(detect),
      mainThreadMsP95: p95(detect),
      nonSpeechPages: detect.length,
      /** Non-speech pages with no detection figure (did not load, or no verdict within 5 s). */
      nonSpeechSkipped: skipped,
      stage1ShareNonSpeech: stage1Share(stagesNonSpeech),
      stage1Share: stage1Share([...stagesNonSpeech, ...stagesSpeech]),
      detectedPages: stagesNonSpeech.length + stagesSpeech.length,
      analyzeMsMedian: median(analyze),
      analyzeMsP95: p95(analyze),
      analyzeBusyMsMedian: median(busy),
      analyzeBusyMsP95: p95(busy),
      analyzeSliceMsMax: Math.max(...slices, ...largePage.slices),
      /** The corpus page with the slowest slice (the large page's are reported apart). */
      slowestSlice,
      largePage: {
        nodes: large.nodes,
        analyzeMs: largePage.analyze[0] ?? NaN,
        analyzeBusyMs: largePage.slices.reduce((sum, ms) => sum + ms, 0),
        analyzeSliceMsMax: Math.max(...largePage.slices),
        slices: largePage.slices.length,
      },
      mountMsMedian: median(mount),
      mountMsP95: p95(mount),
      speechPages: analyze.length,
      storage,
    };
  } finally {
    await browser.close();
    await removeProfileDir(browser.profileDir);
    await server.close();
  }
}

/** How long the bench lets the database settle after the 10,000-row import. */
const SETTLE_MS = 10_000;

async function benchStorage(browser: ExtensionBrowser, tmpDir: string) {
  const file = join(tmpDir, 'lectern-bench-10000.json');
  await writeFile(file, generatedExport(10_000));
  const library = await extensionPage(browser, 'library.html');
  await library.locator('input[type="file"]').setInputFiles(file);
  await library.waitForFunction(() => document.body.textContent?.includes('10000') || document.body.textContent?.includes('10,000'), null, {
    timeout: 120_000,
  });
  await library.close();
  // Time the background from a page that does not itself watch the database.
  const sender = await extensionPage(browser, 'popup.html');
  const draft = {
    text: '政绩观是党员干部从政履职的“定盘星” #N',
    note: '',
    tags: [],
    pageUrl: 'https://www.wentop.com/bench.html',
    pageTitle: 'bench',
    speechTitle: '在全县工作会议上的讲话',
    sectionPath: [],
  };
  // The import has just written 10,000 rows and their index entries, and Chromium's
  // IndexedDB backend (LevelDB) compacts them for some seconds; a save or search timed inside
  // that window measures the compaction (saves of 45–90 ms among 10 ms ones), which a reader
  // saving an excerpt never meets. Printed apart, then the settled figures the targets judge.
  const saveAfterImportMsMedian = await timeMessage(sender, { lectern: 1, type: 'excerpt:save', payload: draft }, 20);
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  const saveMsMedian = await timeMessage(sender, { lectern: 1, type: 'excerpt:save', payload: draft }, 20);
  const searchZhMsMedian = await timeMessage(sender, { lectern: 1, type: 'excerpt:search', payload: { query: '群众', limit: 50 } }, 15);
  const searchEnMsMedian = await timeMessage(sender, { lectern: 1, type: 'excerpt:search', payload: { query: 'energy', limit: 50 } }, 15);
  await sender.close();
  const firstRows: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await extensionPage(browser, 'library.html');
    await page.waitForSelector('[data-ready="true"]', { timeout: 20_000 });
    firstRows.push(await page.evaluate(() => performance.getEntriesByName('lectern:library:first-rows')[0]?.startTime ?? NaN));
    await page.close();
  }
  return { saveMsMedian, saveAfterImportMsMedian, searchZhMsMedian, searchEnMsMedian, libraryFirstRowsMs: median(firstRows), excerpts: 10_000 };
}

/** Share of pages whose detection ended in stage 1. */
function stage1Share(stages: number[][]): number {
  return stages.length === 0 ? 0 : stages.filter((run) => !run.includes(2)).length / stages.length;
}
