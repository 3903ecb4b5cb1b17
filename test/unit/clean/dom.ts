// Inert documents for the clean tests (DOMParser: no scripts run, nothing is fetched).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A saved page, with frames and stylesheet links renamed so happy-dom never tries to load them. */
export function parseFixture(path: string): Document {
  const html = readFileSync(join(CORPUS, path), 'utf8')
    .replace(/<(\/?)iframe\b/gi, '<$1x-iframe')
    .replace(/<link\b/gi, '<x-link');
  return parseHtml(html);
}

export function must<T extends Element>(doc: Document | Element, selector: string): T {
  const element = doc.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
}

/** Mounts markup in the live test document (where styles and observers work) and returns its body. */
export function mount(html: string): HTMLElement {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.removeAttribute('class');
  return document.body;
}
