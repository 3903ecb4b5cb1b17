// The protocol from the reader in a page and from extension pages to the background.
// (Detection sends no messages: the background injects its scripts and reads their results.)
import { browser } from 'wxt/browser';
import {
  createListener,
  errorText,
  MessageError,
  parseRequest as parseWith,
  sendRequest,
  type ExtensionIdentity,
  type HandlersFor,
  type RequestOf,
} from './channel';
import { excerptDraftSchema, type Excerpt } from './excerpts/model';
import { array, number, object, optional, string } from './validate';

export { errorText, MessageError, type SenderInfo, type Origin } from './channel';

const requests = {
  'excerpt:save': { from: ['tab', 'extension'], schema: excerptDraftSchema },
  'excerpt:update': {
    from: ['tab', 'extension'],
    schema: object({
      id: string({ min: 1, max: 100 }),
      note: optional(string({ max: 20_000 })),
      tags: optional(array(string({ min: 1, max: 100 }), { max: 50 })),
    }),
  },
  'excerpt:search': {
    from: ['extension'],
    schema: object({
      query: string({ max: 500 }),
      tag: optional(string({ max: 100 })),
      host: optional(string({ max: 300 })),
      limit: optional(number({ min: 1, max: 1_000, integer: true })),
    }),
  },
  'excerpt:list': {
    from: ['tab', 'extension'],
    schema: object({ pageUrl: optional(string({ max: 4_000 })), limit: optional(number({ min: 1, max: 10_000, integer: true })) }),
  },
} as const;

export interface Responses {
  'excerpt:save': Excerpt;
  'excerpt:update': Excerpt;
  'excerpt:search': Excerpt[];
  'excerpt:list': Excerpt[];
}

export type MessageType = keyof typeof requests;
export type RequestPayload<T extends MessageType> = RequestOf<typeof requests, T>;
export type Handlers = HandlersFor<typeof requests, Responses>;

/** Sends a request to the background and returns its value, or throws with the background's reason. */
export function send<T extends MessageType>(type: T, payload: RequestOf<typeof requests, T>): Promise<Responses[T]> {
  return sendRequest<Responses[T]>(type, payload);
}

export function parseRequest(message: unknown, sender: Parameters<typeof parseWith>[2], extension: ExtensionIdentity) {
  return parseWith(requests, message, sender, extension);
}

/** The background's single listener: validates, dispatches, and always answers. */
export function registerHandlers(handlers: Handlers): () => void {
  const listener = createListener(requests, handlers, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
