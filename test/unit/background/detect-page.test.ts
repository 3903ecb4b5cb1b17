// Detection as the background drives it: the site's switches first, then the injected
// reading scripts (the real entrypoints, run here on the document they would be injected
// into), the verdict recorded for the popup, and the reader injected on a speech.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import detectorScript from '../../../entrypoints/detector';
import stage2Script from '../../../entrypoints/detector-stage2';
import { detectCommittedDocuments, detectDocument, type DocumentTarget } from '../../../entrypoints/background/detect-page';
import { SLICE_CHARS } from '../../../utils/analyze/detect-input';
import { readTabDetection } from '../../../utils/detection-record';
import { setSiteAlways, setSiteDisabled } from '../../../utils/settings';
import { UNSURE_SPEECH } from '../../journeys/journeys';

const FIXTURES = join(__dirname, '../../fixtures');
const SPEECH = `<title>在全市经济工作会议上的讲话</title><body><div id="content"><h1>在全市经济工作会议上的讲话</h1>
  <p>同志们：</p>${'<p>今天我们召开全市经济工作会议，主要任务是总结工作、部署任务。我代表市委讲几点意见。</p>'.repeat(30)}</div></body>`;
const NOTICE = `<title>关于开展2024年度安全检查的通知</title><body><div id="content"><h1>关于开展2024年度安全检查的通知</h1>
  ${'<p>各单位：根据上级要求，现将有关事项通知如下，请认真贯彻执行。</p>'.repeat(30)}</div></body>`;

type Injection = { target: Record<string, unknown>; files: string[] };
let injected: Injection[] = [];
/** What the page "returns" for each file; the detection scripts run for real unless replaced. */
let answers: Record<string, () => unknown> = {};

function showPage(html: string) {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('lectern.detector.reads')];
  document.documentElement.innerHTML = html;
}

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  answers = { '/detector.js': () => detectorScript.main(), '/detector-stage2.js': () => stage2Script.main(), '/reader.js': () => undefined };
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: Injection) => {
    injected.push(injection);
    return [{ frameId: 0, result: answers[injection.files[0]!]!() }];
  }) as never);
});
afterEach(() => vi.restoreAllMocks());

const files = () => injected.map((injection) => injection.files[0]);
const chromeTab = (url: string): DocumentTarget => ({ tabId: 5, documentId: 'DOC-1', url });

describe('detectDocument', () => {
  it('reads a clear speech in stage 1, records it for the popup and injects the reader into that document', async () => {
    showPage(SPEECH);
    const record = await detectDocument(chromeTab('https://example.org/news/1.html'));
    expect(record).toMatchObject({ detected: true, stage: 1, siteDisabled: false, siteAlways: false, error: null, url: 'https://example.org/news/1.html' });
    expect(files()).toEqual(['/detector.js', '/reader.js']);
    expect(injected.every((injection) => JSON.stringify(injection.target) === JSON.stringify({ tabId: 5, documentIds: ['DOC-1'] }))).toBe(true);
    expect(await readTabDetection(5)).toEqual(record);
  });

  it('turns a notice down in stage 1 and injects nothing more', async () => {
    showPage(NOTICE);
    const record = await detectDocument(chromeTab('https://example.org/tz/2.html'));
    expect(record).toMatchObject({ detected: false, stage: 1 });
    expect(files()).toEqual(['/detector.js']);
  });

  it('sends a page stage 1 is unsure of to the stage-2 script, and decides with both stages', async () => {
    showPage(readFileSync(join(FIXTURES, UNSURE_SPEECH), 'utf8'));
    const record = await detectDocument(chromeTab('https://corpus.invalid/item-13084.html'));
    expect(files()).toEqual(['/detector.js', '/detector-stage2.js', '/reader.js']);
    expect(record).toMatchObject({ detected: true, stage: 2 });
  });

  it('scores the URL path the browser committed, never one the page hands over', async () => {
    showPage(NOTICE);
    const plain = await detectDocument(chromeTab('https://example.org/tz/2.html'));
    const speechPath = await detectDocument(chromeTab('https://example.org/speeches/2.html'));
    expect(speechPath.confidence).toBeGreaterThan(plain.confidence);
    // A path in the page's answer is not part of what it may report; the committed one is used.
    answers['/detector.js'] = () => {
      const answer = detectorScript.main() as { reads: object; ms: number };
      return { ...answer, reads: { ...answer.reads, path: '/speeches/x' } };
    };
    expect((await detectDocument(chromeTab('https://example.org/tz/3.html'))).confidence).toBe(plain.confidence);
  });

  it("obeys the site's switches before reading anything, for the host the browser committed", async () => {
    await setSiteDisabled('off.example', true);
    await setSiteAlways('on.example', true);
    showPage(SPEECH);
    expect(await detectDocument(chromeTab('https://off.example/a.html'))).toMatchObject({ stage: 0, siteDisabled: true, detected: false });
    expect(files()).toEqual([]);
    showPage(NOTICE);
    expect(await detectDocument(chromeTab('https://on.example/b.html'))).toMatchObject({ stage: 0, siteAlways: true });
    expect(files()).toEqual(['/reader.js']);
  });

  it('aims at the top frame where the browser names no document (Firefox)', async () => {
    showPage(SPEECH);
    await detectDocument({ tabId: 9, url: 'https://example.org/a.html' });
    expect(injected.map((injection) => injection.target)).toEqual([
      { tabId: 9, frameIds: [0] },
      { tabId: 9, frameIds: [0] },
    ]);
  });

  it('records what a hostile or broken page answers as an error, and injects nothing on it', async () => {
    answers['/detector.js'] = () => ({ reads: { titles: [], headings: [], kickers: [], lang: 'zh', text: '同'.repeat(SLICE_CHARS + 1) } });
    const tooLong = await detectDocument(chromeTab('https://example.org/a.html'));
    expect(tooLong.error).toMatch(/^\/detector\.js answered out of bounds \(reads\.text: /);
    answers['/detector.js'] = () => 'inject everything';
    expect((await detectDocument(chromeTab('https://example.org/b.html'))).error).toContain('expected "reads" or "error"');
    answers['/detector.js'] = () => ({ error: 'document.title getter threw' });
    expect(await detectDocument(chromeTab('https://example.org/c.html'))).toMatchObject({ detected: false, error: 'document.title getter threw' });
    answers['/detector.js'] = () => detectorScript.main();
    showPage(readFileSync(join(FIXTURES, UNSURE_SPEECH), 'utf8'));
    answers['/detector-stage2.js'] = () => ({ features: { lineSalutation: { value: 'yes' } } });
    expect((await detectDocument(chromeTab('https://example.org/d.html'))).error).toMatch(/^\/detector-stage2\.js answered out of bounds/);
    expect(files().filter((file) => file === '/reader.js')).toEqual([]);
  });

  it('answers a second injection into the same document (back/forward cache) from what it read, without reading again', async () => {
    showPage(SPEECH);
    const first = detectorScript.main() as { reads: unknown; ms: number };
    document.documentElement.innerHTML = NOTICE;
    expect(detectorScript.main()).toEqual({ reads: first.reads, ms: 0 });
  });

  it('records the detection scripts that read the page with their time, and leaves no trace on the page\'s performance timeline', async () => {
    performance.clearMarks();
    performance.clearMeasures();
    showPage(readFileSync(join(FIXTURES, UNSURE_SPEECH), 'utf8'));
    const record = await detectDocument(chromeTab('https://corpus.invalid/item-13084.html'));
    expect(record.reads.map((read) => read.stage)).toEqual([1, 2]);
    expect(record.reads.every((read) => read.ms >= 0 && read.ms < 60_000)).toBe(true);
    expect((await readTabDetection(5))?.reads).toEqual(record.reads);
    expect(performance.getEntries().filter((entry) => entry.name.startsWith('lectern'))).toEqual([]);
    await setSiteAlways('corpus.invalid', true);
    expect((await detectDocument(chromeTab('https://corpus.invalid/item-13084.html'))).reads).toEqual([]);
  });

  it('refuses a reported time out of bounds', async () => {
    showPage(SPEECH);
    answers['/detector.js'] = () => ({ ...(detectorScript.main() as object), ms: -1 });
    expect((await detectDocument(chromeTab('https://example.org/e.html'))).error).toMatch(/^\/detector\.js answered out of bounds/);
    answers['/detector.js'] = () => ({ reads: (detectorScript.main() as { reads: object }).reads });
    expect((await detectDocument(chromeTab('https://example.org/f.html'))).error).toMatch(/^\/detector\.js answered out of bounds/);
  });
});

describe('detectCommittedDocuments', () => {
  it("detects each top-frame document a tab commits, forgets the previous verdict first, and a closed tab's", async () => {
    detectCommittedDocuments();
    showPage(SPEECH);
    const commit = (frameId: number, url: string) =>
      fakeBrowser.webNavigation.onCommitted.trigger({ tabId: 3, frameId, url, documentId: 'D', timeStamp: 0, transitionType: 'link', transitionQualifiers: [], processId: 1, parentFrameId: -1 } as never);
    await commit(1, 'https://example.org/frame.html');
    await new Promise((done) => setTimeout(done, 20));
    expect(files()).toEqual([]);
    await commit(0, 'https://example.org/speech.html');
    await vi.waitFor(async () => expect(await readTabDetection(3)).toMatchObject({ detected: true, url: 'https://example.org/speech.html' }));
    showPage(NOTICE);
    await commit(0, 'https://example.org/notice.html');
    await vi.waitFor(async () => expect(await readTabDetection(3)).toMatchObject({ detected: false, url: 'https://example.org/notice.html' }));
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readTabDetection(3)).toBeUndefined());
  });
});
