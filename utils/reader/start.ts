import { h, render } from 'preact';
import { ReaderApp, type ReaderBridge } from '../../components/ReaderApp';
import { analyzePageSliced } from '../analyze';
import type { Analysis } from '../analyze/types';
import { errorText } from '../channel';
import { createCleaner, type Cleaner } from '../clean';
import { injectPageStyle } from '../page-style';
import { recallPosition, type ReadingPosition } from '../reading-position';
import { DEFAULT_FONT_SIZE, onFontSizeChange, readSettings } from '../settings';
import { HIGHLIGHT_CSS } from './excerpt-session';
import { mountPanelHost, PANEL_TAG } from './panel-host';
import { registeredReader, registerReader } from './registry';
import { sliceClock } from './slices';
import { watchPage } from './watch';

/**
 * Analyses the page, cleans it (unless switched off for the site) and mounts the
 * panel, once per frame: a second injection is a no-op. Re-analyses after SPA
 * navigation or when the speech body grows, reusing the same panel host.
 */
export function startReader(win: Window = window): void {
  if (registeredReader()) return;
  const doc = win.document;
  const bridge: ReaderBridge = {};
  let analysis: Analysis | null = null;
  let failure: string | null = null;
  let panel: ReturnType<typeof mountPanelHost> | null = null;
  let cleaner: Cleaner | null = null;
  let cleaningOff = false;
  let fontSize = DEFAULT_FONT_SIZE;

  registerReader({
    status: () =>
      analysis && {
        sections: analysis.outline.filter((item) => item.kind !== 'enumeration').length,
        textLength: analysis.textLength,
        lang: analysis.detection.lang,
        truncation: analysis.truncation && { shownChars: analysis.truncation.shownChars, totalChars: analysis.truncation.totalChars },
        collapsed: bridge.isCollapsed?.() ?? false,
      },
    toggle: () => bridge.toggle?.(),
    step: (direction) => bridge.step?.(direction),
    saveSelection: () => bridge.saveSelection?.() ?? false,
    error: () => failure,
  });
  injectPageStyle(doc, HIGHLIGHT_CSS, 'highlights');

  const applyFontSize = () => panel?.host.style.setProperty('--lectern-font-size', `${fontSize}px`);

  // Read once per address, while the page is analysed: the panel's first frame then holds
  // the resume line, instead of the line pushing the panel's controls down after it appears.
  let recall: { url: string; position: Promise<ReadingPosition | null> } | null = null;
  const recallFor = (url: string) => {
    if (recall?.url !== url) {
      const position = recallPosition(url).catch((error: unknown) => {
        // Without storage the reader only loses the offer to resume; reading goes on.
        console.warn('[Lectern] reading position not available:', errorText(error));
        return null;
      });
      recall = { url, position };
    }
    return recall.position;
  };

  // A newer show() (SPA navigation, more text) supersedes one still analysing.
  let generation = 0;
  const show = async () => {
    const run = ++generation;
    const url = win.location.href;
    const remembered = recallFor(url);
    let next: Analysis | null = null;
    let problem: string | null = null;
    try {
      performance.mark('lectern:analyze:start');
      // In slices: a 100,000-node page must not hold the page's main thread in one long task.
      // 20 ms leaves room under the 50 ms of a long task when a busy machine stretches a slice.
      const slices = sliceClock('lectern:analyze');
      next = await analyzePageSliced(doc, { pause: slices.pause, sliceMs: 20 });
      slices.end();
      performance.measure('lectern:analyze', 'lectern:analyze:start');
    } catch (error) {
      problem = errorText(error);
    }
    if (run !== generation) return;
    cleaner?.destroy();
    cleaner = null;
    analysis = next;
    failure = problem;
    if (problem) console.warn('[Lectern] analysis failed on this page:', problem);
    if (!analysis) {
      if (panel) render(null, panel.container);
      doc.querySelector(PANEL_TAG)?.remove();
      panel = null;
      return;
    }
    const current = analysis;
    performance.mark('lectern:clean:start');
    if (!cleaningOff) cleaner = createCleaner(doc, win, current.root, { host: win.location.hostname, onLateChange: (r) => bridge.cleanChanged?.(r) });
    cleaner?.clean();
    performance.measure('lectern:clean', 'lectern:clean:start');
    // Cleaning and mounting are separate tasks, each short.
    await new Promise((done) => setTimeout(done, 0));
    const position = await remembered;
    if (run !== generation) return;
    performance.mark('lectern:mount:start');
    if (!panel || !panel.host.isConnected) panel = mountPanelHost(doc);
    applyFontSize();
    render(h(ReaderApp, { analysis: current, win, bridge, cleaner, remembered: position, key: url }), panel.container);
    performance.measure('lectern:mount', 'lectern:mount:start');
    cleaner?.watchLateOverlays();
  };

  void readSettings()
    .catch(() => null)
    .then((settings) => {
      cleaningOff = settings?.cleanOffHosts.includes(win.location.hostname) ?? false;
      fontSize = settings?.fontSize ?? DEFAULT_FONT_SIZE;
      onFontSizeChange((size) => {
        fontSize = size;
        applyFontSize();
      });
      // Watched from the first analysis on, so the watch measures the speech root it found.
      return show().then(() => watchPage(win, () => analysis?.root ?? doc.body ?? doc.documentElement, () => void show()));
    });
}
