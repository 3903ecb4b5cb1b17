// Two builds of the extension, measured side by side on the same pages at the same moments:
// `npm run bench:ab -- <built extension A> <built extension B>` (two copies of
// .output/chrome-mv3, e.g. one built from main and one from a change). On a shared, noisy
// machine one bench run cannot show a change of a millisecond; here each page is opened in
// A and in B one after the other (in alternating order), so both see the same load, and the
// median of the paired differences is printed beside each build's median. The figures are
// thread time from Chromium's own trace (bench/trace.ts), which leaves out the machine's other
// work, except the last: the wall time until the complete panel is painted.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfileDir, serveFixtures, type ExtensionBrowser } from './lib/browser';
import { detectionCost, loads, measures, timed } from './bench/chromium';
import { nonSpeechPages, speechPages } from './bench/pages';
import { median, p95, round, sum } from './bench/stats';
import { splitInjections, traced } from './bench/trace';

const [dirA, dirB] = process.argv.slice(2).map((dir) => resolve(dir));
if (!dirA || !dirB) {
  console.error('usage: npm run bench:ab -- <extension dir A> <extension dir B>   (each a built .output/chrome-mv3)');
  process.exit(2);
}
for (const dir of [dirA, dirB]) {
  if (!(await stat(resolve(dir, 'manifest.json')).catch(() => null))) {
    console.error(`${dir} holds no manifest.json: give the directories of two built extensions.`);
    process.exit(2);
  }
}
// One round takes about five minutes here; AB_ROUNDS=2 or more narrows the difference further.
const rounds = Number(process.env.AB_ROUNDS ?? 1);

/** Main-thread ms of one figure in a page freshly opened at `url`, or null when the page gave none. */
type Probe = (browser: ExtensionBrowser, page: Page, url: string) => Promise<number | null>;

// Thread time of the whole injection as Chromium traces it (world, compile, reads): the
// scripts' own clocks leave out the world and the compile, and wall time carries the
// machine's other work.
const detectMs: Probe = async (browser, page, url) => {
  const { value: cost, injections } = await traced(browser, page, async () => ((await loads(page, url)) ? await detectionCost(browser, page) : null));
  const split = cost && splitInjections(cost.stages, injections);
  return split?.detection && !split.reader ? sum(split.detection.map((injection) => injection.cpuMs)) : null;
};

// The analysis's slices in thread time, where the trace saw every slice the page measured.
const analysisBusyMs: Probe = async (browser, page, url) => {
  const { value: measured, slices } = await traced(
    browser,
    page,
    async () => {
      if (!(await loads(page, url))) return null;
      return (await timed(page, 'lectern:analyze', 8_000)) ? await measures(page, 'lectern:analyze:slice') : null;
    },
    'lectern:analyze:slice',
  );
  return measured?.length && slices.length === measured.length ? sum(slices.map((slice) => slice.cpuMs)) : null;
};

// The reader's injection on a speech (compile + start, before the analysis's first slice).
const readerStartMs: Probe = async (browser, page, url) => {
  const { value: cost, injections } = await traced(browser, page, async () => {
    if (!(await loads(page, url))) return null;
    const cost = await detectionCost(browser, page);
    await timed(page, 'lectern:analyze', 8_000);
    return cost;
  });
  return (cost && splitInjections(cost.stages, injections).reader?.cpuMs) ?? null;
};

// Wall time from the mount's start to the first painted frame with the complete panel (its
// progress line in): what the reader waits for, layout and paint included.
const PANEL_FRAMES = `(() => {
  const look = () => {
    const root = document.querySelector('lectern-panel')?.shadowRoot;
    if (root?.querySelector('.panel-progress')) window.__lecternPanelComplete = performance.now();
    else if (performance.now() < 20000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;
const panelCompleteMs: Probe = async (_browser, page, url) => {
  await page.addInitScript(PANEL_FRAMES);
  if (!(await loads(page, url))) return null;
  const done = await page
    .waitForFunction(() => '__lecternPanelComplete' in window, null, { timeout: 10_000 })
    .then(() => true, () => false);
  if (!done) return null;
  return page.evaluate(() => {
    const start = performance.getEntriesByName('lectern:mount:start')[0]?.startTime;
    const complete = (window as unknown as { __lecternPanelComplete: number }).__lecternPanelComplete;
    return start === undefined ? null : complete - start;
  });
};

async function open(browser: ExtensionBrowser, url: string, probe: Probe): Promise<number | null> {
  const page = await browser.context.newPage();
  try {
    return await probe(browser, page, url);
  } finally {
    await page.close();
  }
}

const server = await serveFixtures();
const [a, b] = [await launchWithExtension({ extensionDir: dirA }), await launchWithExtension({ extensionDir: dirB })];
for (const browser of [a, b]) await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
try {
  const figures: [string, readonly string[], Probe][] = [
    ['every page: detection, traced thread time (non-speech pages)', nonSpeechPages, detectMs],
    ['speech: analysis busy, traced thread time (sum of slices)', speechPages, analysisBusyMs],
    ['speech: inject + start the reader, traced thread time', speechPages, readerStartMs],
    ['speech: mount start → first frame with the complete panel, wall', speechPages, panelCompleteMs],
  ];
  // AB_FIGURES=panel (any part of a figure's name) measures only the figures it names.
  const only = process.env.AB_FIGURES?.split(',');
  for (const [name, pages, probe] of figures.filter(([name]) => !only || only.some((part) => name.includes(part)))) {
    const inA: number[] = [];
    const inB: number[] = [];
    const differences: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const [i, path] of pages.entries()) {
        const url = server.url(path);
        const aFirst = (i + r) % 2 === 0;
        const first = await open(aFirst ? a : b, url, probe);
        const second = await open(aFirst ? b : a, url, probe);
        const [ms, other] = aFirst ? [first, second] : [second, first];
        if (ms === null || other === null) continue;
        inA.push(ms);
        inB.push(other);
        differences.push(other - ms);
      }
    }
    console.log(`${name}, ${inA.length} paired page loads:`);
    console.log(`  A median ${round(median(inA))} ms, p95 ${round(p95(inA))}`);
    console.log(`  B median ${round(median(inB))} ms, p95 ${round(p95(inB))}`);
    console.log(`  B − A, median of the paired differences: ${round(median(differences))} ms`);
  }
} finally {
  for (const browser of [a, b]) {
    await browser.close();
    await removeProfileDir(browser.profileDir);
  }
  await server.close();
}
