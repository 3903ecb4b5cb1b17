// The protocol from content scripts and extension pages to the background.
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
import { SIGNAL_LIMITS, SLICE_CHARS } from './analyze/detect-input';
import type { Stage1Result } from './analyze/detect-stage1';
import { excerptDraftSchema, type Excerpt } from './excerpts/model';
import { array, boolean, number, object, optional, string } from './validate';

export { errorText, MessageError, type SenderInfo, type Origin } from './channel';

/** What the every-page script reads natively (utils/analyze/detect-input.ts), within its bounds. */
const pageSignalsSchema = object({
  titles: array(string({ max: SIGNAL_LIMITS.titleChars }), { max: SIGNAL_LIMITS.titles }),
  headings: array(string({ max: SIGNAL_LIMITS.headingChars }), { max: SIGNAL_LIMITS.headings }),
  kickers: array(string({ max: SIGNAL_LIMITS.kickerChars }), { max: SIGNAL_LIMITS.headings }),
  path: string({ max: SIGNAL_LIMITS.pathChars }),
  lang: string({ max: SIGNAL_LIMITS.langChars }),
  text: string({ max: SLICE_CHARS }),
});

const requests = {
  /**
   * Stage 1 of detection: the every-page script's native reads, scored in the background, off
   * the page's main thread, unless the page's site is switched off or always on.
   */
  'detector:stage1': { from: ['tab'], schema: pageSignalsSchema },
  /** The detector asks the background to inject the reader bundle into its frame. */
  'reader:inject': { from: ['tab'], schema: object({ force: boolean }) },
  /** Stage 1 of detection was unsure: inject the stage-2 script, which reads the page's paragraphs. */
  'detector:stage2': { from: ['tab'], schema: object({}) },
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

/** The background's answer to the every-page script: the site's switch, or stage 1's verdict. */
export type Stage1Reply = { site: 'never' } | { site: 'always' } | { site: 'detect'; result: Stage1Result };

export interface Responses {
  'detector:stage1': Stage1Reply;
  'reader:inject': { injected: boolean };
  'detector:stage2': { injected: boolean };
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
