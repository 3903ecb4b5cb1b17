// Main-thread cost as Chromium's own trace records it. A script's own clock (performance.now
// around its work) misses what the renderer does before the script's first line: creating the
// extension's isolated world for the document (a V8 context, the extension bindings) and
// compiling the script. The trace's ScriptInjection::InjectJs event spans all of it, and its
// thread time leaves out the stretches the OS gave the core to another process, which on a
// shared 2-core machine is most of the noise between runs.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../lib/browser';

/** One script injection of the extension into the page, as the renderer's main thread ran it. */
export interface Injection {
  /** Start, in the trace's clock (µs), to order injections. */
  ts: number;
  wallMs: number;
  /** Thread time: the same span without the time the thread was not running. */
  cpuMs: number;
}

/** A slice of work the page marked with a User Timing measure, with the thread time of its span. */
export interface TracedSlice {
  wallMs: number;
  /** The slice's wall time scaled by the thread/wall ratio of the nearest task span enclosing it (its wall time when none does). */
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { chrome_extension_id?: { extension_id?: string } };
}

const INJECTION = 'ScriptInjection::InjectJs';

/**
 * A traced page's injections, told apart: detection's come first, one per stage the
 * background recorded (`stages`), and the reader's is the one after them. Both are null
 * when the trace saw some other number of injections (the page was not measured whole).
 */
export function splitInjections(stages: readonly number[], injections: readonly Injection[]): { detection: Injection[] | null; reader: Injection | null } {
  const whole = injections.length === stages.length || injections.length === stages.length + 1;
  return { detection: whole ? injections.slice(0, stages.length) : null, reader: injections.length === stages.length + 1 ? injections.at(-1)! : null };
}

const TASK_SPANS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/**
 * Runs `during` (a navigation and whatever waits on it) with Chromium tracing on, and returns
 * its value with the extension's script injections in the page and, when `measureName` is
 * given, the thread time of each span the page measured under that name.
 */
export async function traced<T>(
  browser: ExtensionBrowser,
  page: Page,
  during: () => Promise<T>,
  measureName?: string,
): Promise<{ value: T; injections: Injection[]; slices: TracedSlice[] }> {
  const session = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
  // Few categories, so that tracing itself adds little to what it measures.
  const categories = measureName ? ['extensions', 'toplevel', 'blink.user_timing'] : ['extensions'];
  await session.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  let value: T;
  try {
    value = await during();
  } finally {
    await session.send('Tracing.end');
    await complete;
    await session.detach().catch(() => undefined);
  }
  const injections = events
    .filter((e) => e.ph === 'X' && e.name === INJECTION && e.args?.chrome_extension_id?.extension_id === browser.extensionId)
    .map((e) => ({ ts: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.ts - b.ts);
  return { value, injections, slices: measureName ? slicesOf(events, measureName) : [] };
}

function slicesOf(events: TraceEvent[], name: string): TracedSlice[] {
  const marks = events.filter((e) => e.name === name);
  // A slice runs in a task, or in the microtask checkpoint after one (a promise's continuation).
  const tasks = events.filter((e) => e.ph === 'X' && TASK_SPANS.has(e.name) && e.tdur !== undefined && e.dur);
  const out: TracedSlice[] = [];
  for (const begin of marks.filter((e) => e.ph === 'b')) {
    const key = begin.id2?.local ?? begin.id;
    const end = marks.find((e) => e.ph === 'e' && (e.id2?.local ?? e.id) === key && e.ts >= begin.ts);
    if (!end) continue;
    const wallMs = (end.ts - begin.ts) / 1000;
    const task = tasks
      .filter((t) => t.pid === begin.pid && t.ts <= begin.ts && t.ts + t.dur! >= end.ts)
      .sort((a, b) => a.dur! - b.dur!)[0];
    out.push({ wallMs, cpuMs: task ? wallMs * (task.tdur! / task.dur!) : wallMs });
  }
  return out;
}
