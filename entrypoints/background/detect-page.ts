import { browser } from 'wxt/browser';
import { parseDetectorAnswer, parseStage2Answer } from '../../utils/analyze/detect-answers';
import { withPath } from '../../utils/analyze/detect-input';
import { decideStage2, scoreStage1 } from '../../utils/analyze/detect-stage1';
import { DETECTOR_MODEL } from '../../utils/analyze/detector-model';
import type { Detection } from '../../utils/analyze/types';
import type { Check } from '../../utils/validate';
import { hostOf } from '../../utils/excerpts/url';
import { forgetTabDetection, recordTabDetection, UNDECIDED, type DetectionRecord } from '../../utils/detection-record';
import { readSiteMode } from '../../utils/settings';

// Detection, driven from here. When a tab commits a new web document the background reads
// the site's switches; only where they leave it to the detector does it inject
// /detector.js, which reads what stage 1 needs natively and returns it (no extension API
// in the page: the first call into one costs milliseconds in a fresh content-script
// world). The background scores it, injects /detector-stage2.js where stage 1 was unsure,
// records the verdict for the popup, and injects the reader on a speech. Injections wait
// for the document to be idle (scripting's default), as a document_idle content script would.

/** The document one detection is about: Chrome names it by documentId; Firefox has only the tab's top frame. */
export interface DocumentTarget {
  tabId: number;
  documentId?: string;
  url: string;
}

type ScriptFile = '/detector.js' | '/detector-stage2.js' | '/reader.js';

function injectionTarget({ tabId, documentId }: DocumentTarget) {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
}

async function run(target: DocumentTarget, file: ScriptFile): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({ target: injectionTarget(target), files: [file] } as Parameters<typeof browser.scripting.executeScript>[0]);
  return result?.result;
}

/** Injects the reader bundle (panel UI and the full analysis); a second injection into a document is a no-op. */
async function injectReader(target: DocumentTarget): Promise<void> {
  await run(target, '/reader.js');
}

async function ask<T>(target: DocumentTarget, file: ScriptFile, parse: (input: unknown) => Check<T | { error: string }>): Promise<T | { error: string }> {
  const checked = parse(await run(target, file));
  return checked.ok ? checked.value : { error: `${file} answered out of bounds (${checked.error})` };
}

/** Decides one document and records it; the reader is injected on a speech and on an "always" site. */
export async function detectDocument(target: DocumentTarget): Promise<DetectionRecord> {
  const reads: DetectionRecord['reads'] = [];
  const record = (state: Partial<DetectionRecord> & Pick<DetectionRecord, 'stage'>) => {
    const full: DetectionRecord = { ...UNDECIDED, url: target.url, reads, ...state };
    return recordTabDetection(target.tabId, full).then(() => full);
  };
  const site = await readSiteMode(hostOf(target.url));
  if (site === 'never') return record({ stage: 0, siteDisabled: true });
  if (site === 'always') {
    const done = await record({ stage: 0, siteAlways: true });
    await injectReader(target);
    return done;
  }
  const first = await ask(target, '/detector.js', parseDetectorAnswer);
  if ('error' in first) return record({ stage: 1, error: first.error });
  reads.push({ stage: 1, ms: first.ms });
  const stage1 = scoreStage1(withPath(first.reads, target.url));
  let detection: Detection;
  if (stage1.decided) detection = stage1.decided;
  else {
    const second = await ask(target, '/detector-stage2.js', parseStage2Answer);
    if ('error' in second) return record({ stage: 2, error: second.error });
    reads.push({ stage: 2, ms: second.ms });
    detection = decideStage2(DETECTOR_MODEL, stage1.features, second.features, stage1.lang);
  }
  const done = await record({ stage: detection.stage, detected: detection.isSpeech, confidence: detection.confidence });
  if (detection.isSpeech) await injectReader(target);
  return done;
}

/** Runs detection on every web document a tab commits, and forgets a closed tab's verdict. */
export function detectCommittedDocuments(): void {
  browser.webNavigation.onCommitted.addListener(
    (details) => {
      if (details.frameId !== 0) return;
      const documentId = (details as { documentId?: string }).documentId;
      const target: DocumentTarget = { tabId: details.tabId, url: details.url, ...(documentId ? { documentId } : {}) };
      // The previous document's verdict goes first, so the popup never shows it for this one.
      // A document that cannot be scripted (an error page, the web store) or is gone by the
      // time it idles simply gets no verdict, as it would get no content script.
      void forgetTabDetection(target.tabId)
        .then(() => detectDocument(target))
        .catch(() => undefined);
    },
    { url: [{ schemes: ['http', 'https'] }] },
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabDetection(tabId).catch(() => undefined));
}
