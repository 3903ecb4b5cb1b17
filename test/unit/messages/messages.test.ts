import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectionHandlers } from '../../../entrypoints/background/detection-handlers';
import { SLICE_CHARS } from '../../../utils/analyze/detect-input';
import { parseRequest, registerHandlers, send, type Handlers, type Stage1Reply } from '../../../utils/messages';
import { setSiteAlways, setSiteDisabled } from '../../../utils/settings';

const extension = { id: 'lectern-test-id', baseUrl: 'chrome-extension://lectern-test-id/' };
const fromTab = { id: extension.id, tab: { id: 7 } as never, frameId: 0, url: 'https://example.org/speech.html' };
const fromLibrary = { id: extension.id, url: 'chrome-extension://lectern-test-id/library.html' };

const draft = {
  text: '同志们',
  note: '',
  tags: [],
  pageUrl: 'https://example.org/speech.html',
  pageTitle: 't',
  speechTitle: 's',
  sectionPath: [],
};

/** What the every-page script hands the background for stage 1. */
const signals = { titles: ['在全市经济工作会议上的讲话'], headings: [], kickers: [], path: '/a.html', lang: 'zh-cn', text: '同志们：' };

describe('parseRequest', () => {
  it('accepts a valid request from an allowed sender', () => {
    const parsed = parseRequest({ lectern: 1, type: 'excerpt:save', payload: draft }, fromTab, extension);
    expect(parsed).toMatchObject({ ok: true, type: 'excerpt:save', sender: { origin: 'tab', tabId: 7 } });
  });

  it.each([
    ['not an object', 'hello', 'not a Lectern message'],
    ['wrong envelope version', { lectern: 2, type: 'excerpt:list', payload: {} }, 'not a Lectern message'],
    ['unknown type', { lectern: 1, type: 'db:drop', payload: {} }, 'unknown message type'],
    ['inherited type name', { lectern: 1, type: 'toString', payload: {} }, 'unknown message type'],
    ['wrong payload type', { lectern: 1, type: 'excerpt:save', payload: { ...draft, text: 5 } }, 'payload.text: expected text'],
    ['empty text', { lectern: 1, type: 'excerpt:save', payload: { ...draft, text: '' } }, 'payload.text: must not be empty'],
    ['huge text', { lectern: 1, type: 'excerpt:save', payload: { ...draft, text: 'x'.repeat(100_001) } }, 'longer than'],
  ])('rejects %s', (_label, message, reason) => {
    const parsed = parseRequest(message, fromTab, extension);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(reason);
  });

  it('rejects messages from another extension', () => {
    const parsed = parseRequest({ lectern: 1, type: 'excerpt:list', payload: {} }, { ...fromTab, id: 'evil' }, extension);
    expect(parsed).toEqual({ ok: false, error: 'message from another extension' });
  });

  it('accepts detector:stage1 signals only from a web page, and only within their bounds', () => {
    expect(parseRequest({ lectern: 1, type: 'detector:stage1', payload: signals }, fromTab, extension).ok).toBe(true);
    expect(parseRequest({ lectern: 1, type: 'detector:stage1', payload: signals }, fromLibrary, extension).ok).toBe(false);
    const tooLong = parseRequest({ lectern: 1, type: 'detector:stage1', payload: { ...signals, text: 'x'.repeat(SLICE_CHARS + 1) } }, fromTab, extension);
    expect(tooLong.ok ? '' : tooLong.error).toContain('payload.text: longer than');
    const tooMany = parseRequest({ lectern: 1, type: 'detector:stage1', payload: { ...signals, titles: ['a', 'b', 'c'] } }, fromTab, extension);
    expect(tooMany.ok).toBe(false);
    expect(parseRequest({ lectern: 1, type: 'detector:stage1', payload: { ...signals, lang: 5 } }, fromTab, extension).ok).toBe(false);
  });

  it('accepts detector:stage2 only from a web page, not from an extension page', () => {
    expect(parseRequest({ lectern: 1, type: 'detector:stage2', payload: {} }, fromTab, extension).ok).toBe(true);
    expect(parseRequest({ lectern: 1, type: 'detector:stage2', payload: {} }, fromLibrary, extension).ok).toBe(false);
    expect(parseRequest({ lectern: 1, type: 'detector:stage2', payload: 'inject everything' }, fromTab, extension).ok).toBe(false);
  });

  it('accepts reader:inject only from a web page, not from an extension page', () => {
    expect(parseRequest({ lectern: 1, type: 'reader:inject', payload: { force: false } }, fromTab, extension).ok).toBe(true);
    expect(parseRequest({ lectern: 1, type: 'reader:inject', payload: { force: false } }, fromLibrary, extension).ok).toBe(false);
  });

  it('drops keys the schema does not declare, including __proto__', () => {
    const payload = JSON.parse(JSON.stringify({ ...draft, extra: 1 }).replace('{', '{"__proto__":{"polluted":true},'));
    const parsed = parseRequest({ lectern: 1, type: 'excerpt:save', payload }, fromTab, extension);
    expect(parsed.ok).toBe(true);
    const value = parsed.ok ? (parsed.payload as Record<string, unknown>) : {};
    expect(Object.keys(value).sort()).toEqual(Object.keys(draft).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('registerHandlers and send on the fake browser', () => {
  beforeEach(() => fakeBrowser.reset());

  const handlers = (calls: unknown[]): Handlers => ({
    ...detectionHandlers,
    'reader:inject': async () => ({ injected: false }),
    'detector:stage2': async () => ({ injected: false }),
    'excerpt:save': async (payload) => {
      calls.push(payload);
      throw new Error('QuotaExceededError: storage is full');
    },
    'excerpt:update': async () => {
      throw new Error('not used');
    },
    'excerpt:search': async () => [],
    'excerpt:list': async (query) => {
      calls.push(query);
      return [];
    },
  });

  /** Delivers a message to the registered listener as the browser would, with a real-looking sender. */
  async function deliver(message: unknown, sender: object = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/library.html') }) {
    let reply: unknown;
    const answered = new Promise<void>((done) => {
      void fakeBrowser.runtime.onMessage.trigger(message, sender as never, (value: unknown) => {
        reply = value;
        done();
      });
    });
    await answered;
    return reply;
  }

  it('dispatches a valid request to its handler and answers with the value', async () => {
    const calls: unknown[] = [];
    registerHandlers(handlers(calls));
    expect(await deliver({ lectern: 1, type: 'excerpt:list', payload: { limit: 3 } })).toEqual({ ok: true, value: [] });
    expect(calls).toEqual([{ limit: 3 }]);
  });

  it('scores stage 1 in the background: a page that hands over a speech title and salutation gets a verdict', async () => {
    registerHandlers(handlers([]));
    const tab = { id: fakeBrowser.runtime.id, tab: { id: 3 }, frameId: 0, url: 'https://example.org/a.html' };
    const speech = '同志们：\n今天我们召开全市经济工作会议，主要任务是总结工作、部署任务。我代表市委讲几点意见。'.repeat(40);
    type Stage1Answer = { ok: boolean; value: Stage1Reply };
    const reply = (await deliver({ lectern: 1, type: 'detector:stage1', payload: { ...signals, text: speech } }, tab)) as Stage1Answer;
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ site: 'detect', result: { decided: { isSpeech: true, stage: 1 } } });
    const notice = { titles: ['关于开展2024年度安全检查的通知'], headings: [], kickers: [], path: '/tz.html', lang: 'zh-cn', text: '各单位：根据上级要求，现将有关事项通知如下。'.repeat(40) };
    const other = (await deliver({ lectern: 1, type: 'detector:stage1', payload: notice }, tab)) as Stage1Answer;
    expect(other.value.site).toBe('detect');
    expect(other.value.site === 'detect' && (other.value.result.decided?.isSpeech ?? false)).toBe(false);
  });

  it("answers stage 1 with the site's switch, for the host the browser names, before scoring", async () => {
    registerHandlers(handlers([]));
    await setSiteDisabled('off.example', true);
    await setSiteAlways('on.example', true);
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const injected = () => executeScript.mock.calls.map(([injection]) => injection);
    const from = (url: string) => ({ id: fakeBrowser.runtime.id, tab: { id: 4 }, frameId: 0, url });
    const speech = { ...signals, text: '同志们：\n今天我们召开全市经济工作会议。我代表市委讲几点意见。'.repeat(40) };
    expect(await deliver({ lectern: 1, type: 'detector:stage1', payload: speech }, from('https://off.example/a.html'))).toEqual({ ok: true, value: { site: 'never' } });
    expect(injected()).toEqual([]);
    expect(await deliver({ lectern: 1, type: 'detector:stage1', payload: { ...signals, text: '' } }, from('https://on.example/b.html'))).toEqual({ ok: true, value: { site: 'always' } });
    expect(injected()).toEqual([{ target: { tabId: 4, frameIds: [0] }, files: ['/reader.js'] }]);
    // The host is the sender's, not anything the page says about itself.
    const claimed = (await deliver({ lectern: 1, type: 'detector:stage1', payload: { ...speech, path: '/on.example' } }, from('https://other.example/c.html'))) as { value: Stage1Reply };
    expect(claimed.value.site).toBe('detect');
    executeScript.mockRestore();
  });

  it("answers a handler's failure with its reason, never a crash", async () => {
    registerHandlers(handlers([]));
    expect(await deliver({ lectern: 1, type: 'excerpt:save', payload: draft })).toEqual({
      ok: false,
      error: 'QuotaExceededError: storage is full',
    });
  });

  it('answers a malformed request with an error and does not call the handler', async () => {
    const calls: unknown[] = [];
    registerHandlers(handlers(calls));
    const reply = await deliver({ lectern: 1, type: 'excerpt:save', payload: { text: 1 } });
    expect(reply).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('send() unwraps values and throws errors with the reason', async () => {
    fakeBrowser.runtime.onMessage.addListener(((message: { payload: { limit?: number } }, _sender: unknown, respond: (r: unknown) => void) => {
      respond(message.payload.limit === 1 ? { ok: true, value: ['x'] } : { ok: false, error: 'no such page' });
      return true;
    }) as never);
    await expect(send('excerpt:list', { limit: 1 })).resolves.toEqual(['x']);
    await expect(send('excerpt:list', { limit: 2 })).rejects.toThrow('no such page');
  });
});
