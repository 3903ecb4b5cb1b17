// The protocol from the extension (popup, background commands) to a tab's content
// script. The content script only accepts these from our own extension contexts.
import { browser } from 'wxt/browser';
import { createListener, errorText, MessageError, unwrapReply, type HandlersFor, type RequestOf } from './channel';
import { object, oneOf } from './validate';

const pageRequests = {
  'page:status': { from: ['extension'], schema: object({}) },
  /** "Show outline anyway": analyse even where detection said no. */
  'page:show': { from: ['extension'], schema: object({}) },
  'panel:toggle': { from: ['extension'], schema: object({}) },
  'panel:step': { from: ['extension'], schema: object({ direction: oneOf(['next', 'previous'] as const) }) },
} as const;

export interface ReaderStatus {
  sections: number;
  /** 字 for Chinese, words otherwise. */
  textLength: number;
  lang: 'zh' | 'en' | 'other';
  truncation: { shownChars: number | null; totalChars: number | null } | null;
  collapsed: boolean;
}

export interface PageStatus {
  detected: boolean;
  confidence: number;
  siteDisabled: boolean;
  reader: ReaderStatus | null;
  /** Why the analysis failed on this page, if it did. */
  error: string | null;
}

export interface PageResponses {
  'page:status': PageStatus;
  'page:show': PageStatus;
  'panel:toggle': PageStatus;
  'panel:step': PageStatus;
}

export type PageMessageType = keyof typeof pageRequests;
export type PageHandlers = HandlersFor<typeof pageRequests, PageResponses>;

export async function sendToPage<T extends PageMessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<typeof pageRequests, T>,
): Promise<PageResponses[T]> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { lectern: 1, type, payload }, { frameId: 0 });
  } catch (error) {
    throw new MessageError(`This page has no Lectern content script (${errorText(error)})`);
  }
  return unwrapReply<PageResponses[T]>(reply, 'The page gave no answer');
}

/** Listens in the content script; returns the function that stops listening. */
export function listenForPageMessages(handlers: PageHandlers): () => void {
  const listener = createListener(pageRequests, handlers, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
