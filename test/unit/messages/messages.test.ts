import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRequest, registerHandlers, send, type Handlers } from '../../../utils/messages';

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

  it('refuses the detection requests a page script could once send: detection asks nothing of a page', () => {
    for (const type of ['detector:stage1', 'detector:stage2', 'reader:inject']) {
      expect(parseRequest({ lectern: 1, type, payload: {} }, fromTab, extension)).toEqual({ ok: false, error: `unknown message type "${type}"` });
    }
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
