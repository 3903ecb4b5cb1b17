// Clean reading: hide ads, overlays and scroll locks over the speech, reversibly.
//
//   const cleaner = createCleaner(document, window, speechRoot, { host: location.hostname });
//   cleaner.clean();              // after the page is idle, on speech pages only
//   cleaner.watchLateOverlays();  // modals that appear later (bounded, 15 s)
//   cleaner.restore();            // "show hidden (N)"
//   cleaner.reapply();            // "hide again"
import { Applier } from './apply';
import { isAllowed } from './guard';
import { watchLate, type LateWatch } from './observer';
import { dedupe, plan } from './plan';
import type { CategoryCounts, CleanReport, Decision, SiteRule } from './types';

export type { Category, CategoryCounts, CleanReport, Decision, SiteRule } from './types';
export { CLEAN_CSS } from './stylesheet';
export { SITE_RULES, rulesForHost } from './site-rules';

export interface CleanerOptions {
  /** Host name for the site rules (usually `location.hostname`); no site rules without it. */
  host?: string;
  rules?: readonly SiteRule[];
  /** Told whenever late overlays change what is hidden (so a "show hidden (N)" count stays true). */
  onLateChange?(report: CleanReport): void;
}

export interface Cleaner {
  clean(): CleanReport;
  /** Undoes every change exactly ("show hidden"). */
  restore(): void;
  /** Applies the same changes again, plus anything new ("hide again"). */
  reapply(): CleanReport;
  report(): CleanReport;
  /** The changes currently applied (or last applied, after restore): for a debug view and tests. */
  decisions(): readonly Decision[];
  /** Watches for late overlays for a bounded time (default 15 s); batches are handled only while cleaning is active (after clean()). */
  watchLateOverlays(durationMs?: number): void;
  /** Stops watching and restores the page. */
  destroy(): void;
}

export const LATE_OVERLAY_WATCH_MS = 15_000;
/** Descendants of one mutated element that the late pass looks at. */
const MAX_DESCENDANTS_PER_MUTATION = 200;

function countByCategory(decisions: Decision[]): CategoryCounts {
  const counts: CategoryCounts = { ad: 0, overlay: 0, 'scroll-lock': 0, clamp: 0 };
  for (const decision of decisions) counts[decision.category] += 1;
  return counts;
}

/** The mutated elements and a bounded number of their descendants (a big re-render is not walked whole). */
function withDescendants(elements: Element[]): Element[] {
  const out = new Set<Element>();
  for (const element of elements) {
    out.add(element);
    const walker = element.ownerDocument.createTreeWalker(element, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = 0, node = walker.nextNode(); node && n < MAX_DESCENDANTS_PER_MUTATION; node = walker.nextNode(), n++) out.add(node as Element);
  }
  return [...out];
}

export function createCleaner(doc: Document, win: Window, root: Element, options: CleanerOptions = {}): Cleaner {
  const applier = new Applier(doc);
  let active = false;
  let lastApplied: Decision[] = [];
  let watch: LateWatch | null = null;

  const write = (fn: () => void): void => (watch ? watch.ownWrites(fn) : fn());

  const applyNew = (decisions: Decision[]): void => {
    const fresh = decisions.filter((d) => !applier.isApplied(d.element, d.action.kind));
    write(() => applier.apply(fresh));
    active = true;
    lastApplied = applier.applied();
  };

  const report = (): CleanReport => {
    const decisions = active ? applier.applied() : lastApplied;
    return {
      active,
      counts: countByCategory(decisions),
      total: decisions.length,
      unclampedText: decisions.some((d) => d.revealsText === true),
    };
  };

  const planNow = (candidates?: Element[]): Decision[] =>
    plan({ doc, win, root, host: options.host, rules: options.rules, candidates });

  const restore = (): void => {
    if (!active) return;
    lastApplied = applier.applied();
    write(() => applier.undoAll());
    active = false;
  };

  return {
    clean() {
      applyNew(planNow());
      return report();
    },
    restore,
    reapply() {
      // Hidden boxes come back as they were; locks and clamps are measured again (the page may have lifted them).
      const again = lastApplied.filter((d) => d.action.kind === 'hide' && isAllowed(d, root));
      applyNew(dedupe([...again, ...planNow()]));
      return report();
    },
    report,
    decisions: () => (active ? applier.applied() : lastApplied),
    watchLateOverlays(durationMs = LATE_OVERLAY_WATCH_MS) {
      watch?.stop();
      watch = watchLate(doc, win, {
        durationMs,
        onBatch: (elements) => {
          if (!active) return;
          const before = applier.applied().length;
          applyNew(planNow(withDescendants(elements)));
          if (applier.applied().length !== before) options.onLateChange?.(report());
        },
      });
    },
    destroy() {
      watch?.stop();
      watch = null;
      restore();
    },
  };
}
