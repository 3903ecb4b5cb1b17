// Page scripts imitating our messages (window.postMessage, custom events, a
// chrome.runtime.sendMessage that pages do not have) store nothing; the background
// answers malformed messages with { ok: false, error } and keeps answering.
import { describe, expect, it } from 'vitest';
import { openExtensionPage, sendRuntimeMessage, storedExcerpts, useHostileBrowser } from './helpers';

const PAGE = 'hostile/imitation.html';

const validDraft = {
  text: '政绩观，是党员干部从政履职的“定盘星”',
  note: '',
  tags: [],
  pageUrl: 'http://127.0.0.1/hostile/imitation.html',
  pageTitle: '在全县工作会议上的讲话',
  speechTitle: '在全县工作会议上的讲话',
  sectionPath: [],
};

describe('page scripts cannot reach the background', () => {
  const env = useHostileBrowser();

  it('ignores postMessage and custom events that imitate ours; pages have no chrome.runtime.sendMessage', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url(PAGE)}#${env.browser.extensionId}`);
    await page.waitForSelector('lectern-panel [role="treeitem"]');
    // Once more now that the reader is surely listening to whatever it listens to.
    await page.evaluate(() => (window as unknown as { __imitate(): void }).__imitate());
    await page.waitForTimeout(1_000);
    const attempts = await page.evaluate(() => (window as unknown as { __imitationAttempts: Record<string, unknown> }).__imitationAttempts);
    expect(attempts.postMessage).toBeGreaterThanOrEqual(2);
    expect(attempts.customEvent).toBeGreaterThanOrEqual(2);
    expect(attempts.runtime).toMatch(/^(unavailable|threw: )/);
    // Directly, too: the page world has no runtime messaging to us.
    const direct = await page.evaluate((id) => {
      const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      if (typeof chromeApi?.runtime?.sendMessage !== 'function') return 'unavailable';
      try {
        (chromeApi.runtime.sendMessage as (id: string, m: unknown) => unknown)(id, { lectern: 1, type: 'excerpt:list', payload: {} });
        return 'sent';
      } catch (error) {
        return `threw: ${(error as Error).message}`;
      }
    }, env.browser.extensionId);
    expect(direct).toMatch(/^(unavailable|threw: )/);
    expect(await storedExcerpts(env.browser)).toEqual([]);
    // The panel lists no excerpt for the page either.
    expect(await page.locator('lectern-panel .page-excerpts .excerpt-item').count()).toBe(0);
    await page.close();
  });

  it('answers malformed messages with an error and still answers a valid one afterwards', async () => {
    const page = await openExtensionPage(env.browser, 'popup.html');
    const huge = '字'.repeat(1_000_000);
    const malformed: Array<[string, unknown]> = [
      ['unknown type', { lectern: 1, type: 'excerpt:drop-all', payload: {} }],
      ['type not a string', { lectern: 1, type: 42, payload: {} }],
      ['type too long', { lectern: 1, type: 'x'.repeat(10_000), payload: {} }],
      ['payload missing', { lectern: 1, type: 'excerpt:save' }],
      ['payload null', { lectern: 1, type: 'excerpt:save', payload: null }],
      ['payload a list', { lectern: 1, type: 'excerpt:save', payload: [validDraft] }],
      ['text a number', { lectern: 1, type: 'excerpt:save', payload: { ...validDraft, text: 42 } }],
      ['tags not a list', { lectern: 1, type: 'excerpt:save', payload: { ...validDraft, tags: '政绩' } }],
      ['nested anchor wrong', { lectern: 1, type: 'excerpt:save', payload: { ...validDraft, anchor: { quote: 'x', position: {} } } }],
      ['negative position', { lectern: 1, type: 'excerpt:save', payload: { ...validDraft, anchor: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: -1, end: 2 } } } }],
      ['huge text', { lectern: 1, type: 'excerpt:save', payload: { ...validDraft, text: huge } }],
      ['huge pageUrl', { lectern: 1, type: 'excerpt:list', payload: { pageUrl: huge } }],
      ['limit not whole', { lectern: 1, type: 'excerpt:list', payload: { limit: 1.5 } }],
      ['limit too big', { lectern: 1, type: 'excerpt:search', payload: { query: '', limit: 1e9 } }],
      ['update unknown id', { lectern: 1, type: 'excerpt:update', payload: { id: 'no-such-id', note: 'x' } }],
      ['inject from an extension page', { lectern: 1, type: 'reader:inject', payload: { force: true } }],
    ];
    for (const [label, message] of malformed) {
      const reply = (await sendRuntimeMessage(page, message)) as { ok: boolean; error?: unknown };
      expect(reply, label).toMatchObject({ ok: false });
      expect(typeof reply.error, label).toBe('string');
      expect((reply.error as string).length, label).toBeLessThan(500);
    }

    // __proto__ keys: JSON-parsed so they are own keys, as a hostile sender would deliver them.
    const polluted = await page.evaluate(() => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const draft = JSON.parse(
        '{"text":"污染","note":"","tags":[],"pageUrl":"http://127.0.0.1/x","pageTitle":"","speechTitle":"","sectionPath":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      );
      const envelope = JSON.parse('{"lectern":1,"type":"excerpt:list","payload":{},"__proto__":{"ok":true}}');
      return Promise.all([
        runtime.sendMessage({ lectern: 1, type: 'excerpt:save', payload: draft }),
        runtime.sendMessage(envelope),
        runtime.sendMessage({ lectern: 1, type: 'excerpt:list', payload: JSON.parse('{"__proto__":{"limit":5}}') }),
      ]);
    });
    // A draft with extra keys is accepted only with its declared fields; nothing is polluted.
    for (const reply of polluted) expect(reply).toHaveProperty('ok');
    const pollution = await env.browser.worker.evaluate(() => ({
      object: ({} as Record<string, unknown>).polluted ?? null,
      ok: ({} as Record<string, unknown>).ok ?? null,
    }));
    expect(pollution).toEqual({ object: null, ok: null });
    const saved = (polluted[0] as { ok: boolean; value?: Record<string, unknown> }).value;
    if (saved) {
      expect(Object.keys(saved)).not.toContain('__proto__');
      expect(Object.getPrototypeOf(saved)).toBe(Object.prototype);
      expect(saved.polluted).toBeUndefined();
    }

    // Not ours at all: the background stays silent (another protocol may answer), without crashing.
    const foreign = await page.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const results: string[] = [];
      for (const message of ['hello', 42, null, [1, 2], { lectern: 2, type: 'excerpt:save' }]) {
        try {
          results.push(JSON.stringify((await runtime.sendMessage(message)) ?? null));
        } catch (error) {
          results.push(`error: ${(error as Error).message}`);
        }
      }
      return results;
    });
    expect(foreign).toHaveLength(5);

    // Still alive, and a valid message works.
    const ok = (await sendRuntimeMessage(page, { lectern: 1, type: 'excerpt:save', payload: validDraft })) as { ok: boolean };
    expect(ok).toMatchObject({ ok: true, value: { text: validDraft.text } });
    const rows = await storedExcerpts(env.browser);
    expect(rows.map((row) => row.text).sort()).toEqual([validDraft.text, ...(saved ? ['污染'] : [])].sort());
    await page.close();
  });
});
