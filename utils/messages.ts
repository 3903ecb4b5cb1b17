// The one message protocol between the content scripts, extension pages and the
// background. Every request is validated on receipt against its schema and its
// sender; every reply is `{ ok, value | error }`, so failures reach the UI as text.
import { browser, type Browser } from 'wxt/browser';
import { excerptDraftSchema, type Excerpt } from './excerpts/model';
import { boolean, isPlainRecord, literal, number, object, optional, string, type Infer, type Schema } from './validate';

/** Where a message may come from: a web page's content script, or our own extension pages. */
export type Origin = 'tab' | 'extension';

const requests = {
  /** The detector asks the background to inject the reader bundle into its frame. */
  'reader:inject': { from: ['tab'], schema: object({ force: boolean }) },
  'excerpt:save': { from: ['tab', 'extension'], schema: excerptDraftSchema },
  'excerpt:list': {
    from: ['tab', 'extension'],
    schema: object({ pageUrl: optional(string({ max: 4_000 })), limit: optional(number({ min: 1, max: 10_000, integer: true })) }),
  },
} satisfies Record<string, { from: Origin[]; schema: Schema<unknown> }>;

export interface Responses {
  'reader:inject': { injected: boolean };
  'excerpt:save': Excerpt;
  'excerpt:list': Excerpt[];
}

export type MessageType = keyof typeof requests & keyof Responses;
export type RequestOf<T extends MessageType> = Infer<(typeof requests)[T]['schema']>;
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SenderInfo {
  origin: Origin;
  tabId?: number;
  frameId?: number;
  url?: string;
}

const envelopeSchema = object({ lectern: literal(1), type: string({ min: 1, max: 64 }), payload: (v) => ({ ok: true, value: v }) });

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends a request to the background and returns its value, or throws with the background's reason. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Responses[T]> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ lectern: 1, type, payload });
  } catch (error) {
    throw new MessageError(`The extension background did not answer (${errorText(error)})`);
  }
  if (!isReply(reply)) throw new MessageError('The extension background gave no answer');
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value as Responses[T];
}

/**
 * Checks an incoming message: our envelope, a known type, an allowed sender and a
 * payload that fits the type's schema. Returns the parsed request or a reason.
 */
export function parseRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extension: { id: string; baseUrl: string },
): { ok: true; type: MessageType; payload: unknown; sender: SenderInfo } | { ok: false; error: string } {
  const envelope = envelopeSchema(message);
  if (!envelope.ok) return { ok: false, error: 'not a Lectern message' };
  const { type, payload } = envelope.value;
  if (!Object.prototype.hasOwnProperty.call(requests, type)) return { ok: false, error: `unknown message type "${type}"` };
  const spec = requests[type as MessageType];
  if (sender.id !== extension.id) return { ok: false, error: 'message from another extension' };
  const origin: Origin | null = sender.tab
    ? sender.url?.startsWith(extension.baseUrl)
      ? 'extension'
      : 'tab'
    : sender.url?.startsWith(extension.baseUrl)
      ? 'extension'
      : null;
  if (!origin || !(spec.from as Origin[]).includes(origin)) return { ok: false, error: `"${type}" is not accepted from this sender` };
  const checked = spec.schema(payload, 'payload');
  if (!checked.ok) return { ok: false, error: checked.error };
  return {
    ok: true,
    type: type as MessageType,
    payload: checked.value,
    sender: { origin, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url },
  };
}

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: SenderInfo) => Promise<Responses[T]>;
};

/** The background's single listener: validates, dispatches, and always answers. */
export function registerHandlers(handlers: Handlers): () => void {
  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void) => {
    if (!isPlainRecord(message) || message.lectern !== 1) return false; // not ours: let others answer
    const request = parseRequest(message, sender, extension);
    if (!request.ok) {
      sendResponse({ ok: false, error: request.error });
      return true;
    }
    const handler = handlers[request.type] as (payload: unknown, sender: SenderInfo) => Promise<unknown>;
    handler(request.payload, request.sender).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
    );
    // Answer through sendResponse: both the polyfill and WXT's fake browser support it.
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
}

function isReply(value: unknown): value is Reply<unknown> {
  return isPlainRecord(value) && typeof value.ok === 'boolean' && (value.ok || typeof value.error === 'string');
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
