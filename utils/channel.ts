// A typed request/reply channel over runtime messages. Every request is validated
// on receipt (envelope, known type, allowed sender, payload schema); every reply is
// `{ ok, value | error }`, so failures reach the UI as text.
import { browser, type Browser } from 'wxt/browser';
import { errorText } from './error-text';
import { isPlainRecord, literal, object, string, type Infer, type Schema } from './validate';

/** Where a message came from: a web page's content script, or our own extension pages / background. */
export type Origin = 'tab' | 'extension';

export interface RequestSpec {
  from: readonly Origin[];
  schema: Schema<unknown>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SenderInfo {
  origin: Origin;
  tabId?: number;
  frameId?: number;
  url?: string;
}

export interface ExtensionIdentity {
  id: string;
  baseUrl: string;
}

type Listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void) => boolean;

const envelopeSchema = /* @__PURE__ */ object({
  lectern: literal(1),
  type: /* @__PURE__ */ string({ min: 1, max: 64 }),
  payload: (value: unknown) => ({ ok: true as const, value }),
});

export class MessageError extends Error {
  override name = 'MessageError';
}

export { errorText } from './error-text';

export function originOf(sender: Browser.runtime.MessageSender, extension: ExtensionIdentity): Origin | null {
  if (sender.id !== extension.id) return null;
  if (sender.url?.startsWith(extension.baseUrl)) return 'extension';
  if (sender.tab) return 'tab';
  // The background and extension pages of Firefox may omit the url; no tab means not a web page.
  return sender.url === undefined ? 'extension' : null;
}

export function parseRequest<Specs extends Record<string, RequestSpec>>(
  specs: Specs,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extension: ExtensionIdentity,
): { ok: true; type: keyof Specs & string; payload: unknown; sender: SenderInfo } | { ok: false; error: string } {
  const envelope = envelopeSchema(message);
  if (!envelope.ok) return { ok: false, error: 'not a Lectern message' };
  const { type, payload } = envelope.value;
  if (!Object.prototype.hasOwnProperty.call(specs, type)) return { ok: false, error: `unknown message type "${type}"` };
  if (sender.id !== extension.id) return { ok: false, error: 'message from another extension' };
  const spec = specs[type]!;
  const origin = originOf(sender, extension);
  if (!origin || !spec.from.includes(origin)) return { ok: false, error: `"${type}" is not accepted from this sender` };
  const checked = spec.schema(payload, 'payload');
  if (!checked.ok) return { ok: false, error: checked.error };
  return { ok: true, type, payload: checked.value, sender: { origin, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url } };
}

export type RequestOf<Specs extends Record<string, RequestSpec>, T extends keyof Specs> = Infer<Specs[T]['schema']>;

export type HandlersFor<Specs extends Record<string, RequestSpec>, Responses extends Record<keyof Specs, unknown>> = {
  [T in keyof Specs]: (payload: RequestOf<Specs, T>, sender: SenderInfo) => Promise<Responses[T]> | Responses[T];
};

/** A listener that validates, dispatches and always answers messages of this protocol. */
export function createListener<Specs extends Record<string, RequestSpec>, Responses extends Record<keyof Specs, unknown>>(
  specs: Specs,
  handlers: HandlersFor<Specs, Responses>,
  extension: ExtensionIdentity,
): Listener {
  return (message, sender, sendResponse) => {
    if (!isPlainRecord(message) || message.lectern !== 1) return false; // not ours: let others answer
    // Inside our envelope everything is answered, an unknown type too: a sender gets a reason, not silence.
    const request = parseRequest(specs, message, sender, extension);
    if (!request.ok) {
      sendResponse({ ok: false, error: request.error });
      return true;
    }
    const handler = handlers[request.type] as (payload: unknown, sender: SenderInfo) => unknown;
    Promise.resolve()
      .then(() => handler(request.payload, request.sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
      );
    // Answer through sendResponse: both the polyfill and WXT's fake browser support it.
    return true;
  };
}

/** Unwraps a reply, or throws with its reason. */
export function unwrapReply<T>(reply: unknown, noAnswer: string): T {
  if (!isReply(reply)) throw new MessageError(noAnswer);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value as T;
}

function isReply(value: unknown): value is Reply<unknown> {
  return isPlainRecord(value) && typeof value.ok === 'boolean' && (value.ok || typeof value.error === 'string');
}

/**
 * The sending half of the protocol. utils/messages.ts wraps it with the request types;
 * the every-page detector calls it directly so that it does not bundle the request schemas.
 */
export async function sendRequest<R>(type: string, payload: unknown): Promise<R> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ lectern: 1, type, payload });
  } catch (error) {
    throw new MessageError(`The extension background did not answer (${errorText(error)})`);
  }
  return unwrapReply<R>(reply, 'The extension background gave no answer');
}
