// `npm run bench`: what Lectern costs, printed as a table (or one JSON object with
// --json). It measures and compares; it never passes or fails on time.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchChromium } from './bench/chromium';
import { benchNode, benchScaling } from './bench/node-analysis';
import { nonSpeechPages, speechPages } from './bench/pages';
import { round } from './bench/stats';
import { ROOT } from './lib/browser';

const json = process.argv.includes('--json');
const log = (...parts: unknown[]) => {
  if (!json) console.log(...parts);
};

// Build first, its output on stderr so that `--json` prints one object on stdout.
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
if (build.status !== 0) process.exit(build.status ?? 1);

const detector = await readFile(join(ROOT, '.output/chrome-mv3/detector.js'));
const tmp = await mkdtemp(join(tmpdir(), 'lectern-bench-'));
try {
  log(`Node: analysing ${speechPages.length} speech pages, and Readability on the same pages…`);
  const node = await benchNode(speechPages);
  log('Node: synthetic speeches of 10k, 100k and 1M characters…');
  const scaling = await benchScaling([10_000, 100_000, 1_000_000]);
  log(`Chromium: ${nonSpeechPages.length} non-speech pages, ${speechPages.length} speech pages, 10,000 excerpts…`);
  const loadBefore = loadavg();
  const chromium = await benchChromium({ speech: speechPages, nonSpeech: nonSpeechPages }, tmp);

  const loadAfter = loadavg();
  // The machine is shared: its load (1, 5, 15-minute averages) stands beside every figure.
  const machine = { cores: cpus().length, loadavgBefore: loadBefore.map((l) => round(l)), loadavgAfter: loadAfter.map((l) => round(l)) };
  const result = {
    machine,
    everyPage: {
      scriptBytes: detector.length,
      scriptGzipBytes: gzipSync(detector).length,
      /** The whole of detection's injections as Chromium traces them: the world, the compile and the reads (wall). */
      mainThreadMsMedian: round(chromium.mainThreadMsMedian, 3),
      mainThreadMsP95: round(chromium.mainThreadMsP95, 3),
      /** The same spans in thread time (without the time the OS ran something else). */
      mainThreadCpuMsMedian: round(chromium.mainThreadCpuMsMedian, 3),
      mainThreadCpuMsP95: round(chromium.mainThreadCpuMsP95, 3),
      /** The detection scripts' own clocks: their reads only. */
      scriptMsMedian: round(chromium.scriptMsMedian, 3),
      scriptMsP95: round(chromium.scriptMsP95, 3),
      /** An empty function injected into the same isolated world on the same pages: what any content script costs there. */
      floor: {
        msMedian: round(chromium.floor.msMedian, 3),
        msP95: round(chromium.floor.msP95, 3),
        cpuMsMedian: round(chromium.floor.cpuMsMedian, 3),
        cpuMsP95: round(chromium.floor.cpuMsP95, 3),
        pages: chromium.floor.pages,
      },
      /** Detection's thread time over the floor's (medians). */
      cpuOverFloor: round(chromium.mainThreadCpuMsMedian / chromium.floor.cpuMsMedian),
      pages: chromium.nonSpeechPages,
      skipped: chromium.nonSpeechSkipped,
      /** Share of all bench pages (speech and not) that stage 1 settled; the rest ran stage 2. */
      stage1Share: round(chromium.stage1Share, 3),
      stage1ShareNonSpeech: round(chromium.stage1ShareNonSpeech, 3),
      detectedPages: chromium.detectedPages,
    },
    speech: {
      analyzeMsMedian: round(chromium.analyzeMsMedian),
      analyzeMsP95: round(chromium.analyzeMsP95),
      analyzeBusyMsMedian: round(chromium.analyzeBusyMsMedian),
      analyzeBusyMsP95: round(chromium.analyzeBusyMsP95),
      /** The slices in thread time (each scaled by its task's thread/wall ratio in the trace). */
      analyzeBusyCpuMsMedian: round(chromium.analyzeBusyCpuMsMedian),
      /** The same pages analysed again in the same world (an SPA navigation): the analysis with warm code. */
      analyzeRepeatBusyMsMedian: round(chromium.analyzeRepeatBusyMsMedian),
      analyzeRepeatPages: chromium.analyzeRepeatPages,
      analyzeBusyCpuPages: chromium.analyzeBusyCpuPages,
      /** Injecting the reader once a page is judged a speech: compiling its bundle and starting it, before the analysis's first slice. */
      readerStartMsMedian: round(chromium.readerStartMsMedian),
      readerStartCpuMsMedian: round(chromium.readerStartCpuMsMedian),
      analyzeSliceMsMax: round(chromium.analyzeSliceMsMax),
      slowestSliceSpeechPage: { ms: round(chromium.slowestSlice.ms), page: chromium.slowestSlice.page },
      largePage: {
        nodes: chromium.largePage.nodes,
        analyzeMs: round(chromium.largePage.analyzeMs),
        analyzeBusyMs: round(chromium.largePage.analyzeBusyMs),
        analyzeSliceMsMax: round(chromium.largePage.analyzeSliceMsMax),
        slices: chromium.largePage.slices,
      },
      mountMsMedian: round(chromium.mountMsMedian),
      mountMsP95: round(chromium.mountMsP95),
      pages: chromium.speechPages,
      node: { analyzeMsMedian: round(node.analyzeMsMedian), analyzeMsP95: round(node.analyzeMsP95) },
    },
    readability: {
      parseMsMedian: round(node.readabilityMsMedian),
      ratio: round(node.ratioMedian, 3),
    },
    scaling: scaling.map((s) => ({ chars: s.chars, analyzeMs: round(s.analyzeMs), outlineItems: s.outlineItems })),
    scalingRatio1MTo10k: round(scaling[2]!.analyzeMs / scaling[0]!.analyzeMs, 1),
    storage: {
      saveMsMedian: round(chromium.storage.saveMsMedian),
      /** The same saves timed at once after the import, while the database compacts it (no target). */
      saveAfterImportMsMedian: round(chromium.storage.saveAfterImportMsMedian),
      searchZhMsMedian: round(chromium.storage.searchZhMsMedian),
      searchEnMsMedian: round(chromium.storage.searchEnMsMedian),
      libraryFirstRowsMs: round(chromium.storage.libraryFirstRowsMs),
      excerpts: chromium.storage.excerpts,
    },
  };

  if (json) {
    console.log(JSON.stringify(result));
  } else {
    const rows: Array<[string, string, string]> = [
      ['machine load (1/5/15 min)', `before ${machine.loadavgBefore.join(' / ')}, after ${machine.loadavgAfter.join(' / ')}`, `${machine.cores} cores`],
      ['every page: detector script', `${result.everyPage.scriptBytes} B raw, ${result.everyPage.scriptGzipBytes} B gzip`, '≤ 8192 B gzip'],
      ['every page: main thread (detect, traced)', `median ${result.everyPage.mainThreadMsMedian} ms, p95 ${result.everyPage.mainThreadMsP95} ms (${result.everyPage.pages} non-speech pages${result.everyPage.skipped.length ? `; skipped: ${result.everyPage.skipped.join(', ')}` : ''})`, '≤ 1 ms median, ≤ 5 ms p95'],
      ['every page: the same, thread time', `median ${result.everyPage.mainThreadCpuMsMedian} ms, p95 ${result.everyPage.mainThreadCpuMsP95} ms`, ''],
      ['every page: floor (empty script, same world)', `median ${result.everyPage.floor.msMedian} ms (thread ${result.everyPage.floor.cpuMsMedian}), p95 ${result.everyPage.floor.msP95} ms; detection ${result.everyPage.cpuOverFloor}× the floor`, '(any content script)'],
      ['every page: the scripts\' own clocks', `median ${result.everyPage.scriptMsMedian} ms, p95 ${result.everyPage.scriptMsP95} ms`, '(reads only)'],
      ['every page: settled by stage 1', `${(result.everyPage.stage1Share * 100).toFixed(1)}% of ${result.everyPage.detectedPages} pages (${(result.everyPage.stage1ShareNonSpeech * 100).toFixed(1)}% of non-speech)`, 'most pages'],
      ['speech: analyse in Chromium (wall)', `median ${result.speech.analyzeMsMedian} ms, p95 ${result.speech.analyzeMsP95} ms`, '≤ 10 ms (~10k chars)'],
      ['speech: analyse, main-thread busy', `median ${result.speech.analyzeBusyMsMedian} ms, p95 ${result.speech.analyzeBusyMsP95} ms (thread time: median ${result.speech.analyzeBusyCpuMsMedian} ms)`, '≤ 10 ms median'],
      ['speech: the same analysis again, warm', `median ${result.speech.analyzeRepeatBusyMsMedian} ms busy (${result.speech.analyzeRepeatPages} pages re-analysed in the same world)`, '(what running cold adds: the line above minus this)'],
      ['speech: inject + start the reader', `median ${result.speech.readerStartMsMedian} ms (thread ${result.speech.readerStartCpuMsMedian} ms)`, '(before the first slice)'],
      ['speech: analyse, slowest slice', `${result.speech.analyzeSliceMsMax} ms (${result.speech.largePage.nodes}-node page: ${result.speech.largePage.analyzeSliceMsMax} ms, ${result.speech.largePage.slices} slices, busy ${result.speech.largePage.analyzeBusyMs} ms)`, '≤ 50 ms'],
      ['speech: clean + mount panel', `median ${result.speech.mountMsMedian} ms, p95 ${result.speech.mountMsP95} ms`, ''],
      ['speech: analyse in Node', `median ${result.speech.node.analyzeMsMedian} ms, p95 ${result.speech.node.analyzeMsP95} ms`, ''],
      ['Readability parse (Node)', `median ${result.readability.parseMsMedian} ms; ours/Readability ${result.readability.ratio}`, 'ratio ≤ 0.2'],
      ...result.scaling.map((s): [string, string, string] => [`scaling: ${s.chars} chars`, `${s.analyzeMs} ms (${s.outlineItems} items)`, '']),
      ['scaling: 1M / 10k', `${result.scalingRatio1MTo10k}×`, '≤ 120×'],
      ['storage: save one (10k stored)', `${result.storage.saveMsMedian} ms`, '≤ 15 ms'],
      ['storage: save, right after the import', `${result.storage.saveAfterImportMsMedian} ms`, '(compaction; no target)'],
      ['storage: search 群众', `${result.storage.searchZhMsMedian} ms`, '≤ 30 ms'],
      ['storage: search "energy"', `${result.storage.searchEnMsMedian} ms`, '≤ 30 ms'],
      ['storage: library first rows', `${result.storage.libraryFirstRowsMs} ms`, '≤ 300 ms'],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    const second = Math.max(...rows.map((r) => r[1].length));
    console.log('');
    for (const [what, figure, target] of rows) console.log(`${what.padEnd(width)}  ${figure.padEnd(second)}  ${target}`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
