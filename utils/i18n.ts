import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

/** Every UI string has a key in public/_locales/{zh_CN,en}/messages.json. */
export type MessageKey = keyof typeof english;

/** Looks a UI string up in the browser's locale; `$1`… in the message take `substitutions`. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
