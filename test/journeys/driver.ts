// One small interface over playwright-core (Chromium) and puppeteer-core (Firefox),
// so a user journey is written once and run in each browser (test/journeys/*.ts).
//
// Selectors are CSS; ` >>> ` crosses into an open shadow root, e.g.
// `lectern-panel >>> [role="treeitem"]` (puppeteer's deep combinator; the Chromium
// adapter turns it into a descendant combinator, which Playwright pierces anyway).

export type BrowserName = 'chromium' | 'firefox';

export interface JourneyBrowser {
  readonly name: BrowserName;
  readonly profileDir: string;
  /** A new tab showing a web page, once it has loaded; `beforeLoad` is script source run in the page before its own. */
  open(url: string, options?: { beforeLoad?: string }): Promise<JourneyPage>;
  /** A new tab showing one of the extension's pages, e.g. `library.html`, once it has loaded. */
  openExtensionPage(path: string): Promise<JourneyPage>;
  /** The browser's id of the tab showing `url`, as the extension's APIs know it. */
  tabIdOf(url: string): Promise<number>;
  /** The stages of the detection scripts that read the page at `url`, from the background's record; null while it has none. */
  detectionStages(url: string): Promise<number[] | null>;
  close(): Promise<void>;
}

export interface JourneyPage {
  url(): string;
  /** Runs `fn` in the page; it must be self-contained (it is serialised). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Whether an element matching `selector` is attached within `timeout` ms. */
  appears(selector: string, timeout?: number): Promise<boolean>;
  count(selector: string): Promise<number>;
  texts(selector: string): Promise<string[]>;
  /** Clicks the first element matching `selector` whose text contains `hasText` (if given). */
  click(selector: string, hasText?: string): Promise<void>;
  /** Clicks the button whose accessible name is `name` (exactly, or matching the pattern), in the page or the panel. */
  clickButton(name: string | RegExp): Promise<void>;
  /** Sets the checkbox whose label reads `label`. */
  setChecked(label: string, checked: boolean): Promise<void>;
  /** Replaces the value of the text field matching `selector`, typing like a user. */
  fill(selector: string, text: string): Promise<void>;
  press(key: 'Enter' | 'Escape'): Promise<void>;
  /** The text on the clipboard, as a paste would insert it. */
  readClipboard(): Promise<string>;
  /**
   * Clicks the button named `name` (as clickButton finds it) from script, and returns the
   * text of the file that click downloads. From script (HTMLElement.click()), because a
   * WebDriver click that starts a download stalls Firefox's BiDi input for about 15 s.
   */
  download(name: string | RegExp): Promise<string>;
  /** Scrolls with the mouse wheel over the middle of the viewport. */
  wheel(deltaY: number): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a browser with the extension, in `profileDir` or a fresh profile. */
export type Launch = (profileDir?: string) => Promise<JourneyBrowser>;

/** Where `lectern-panel >>> x` becomes `lectern-panel x`, for engines that pierce open shadow roots in CSS. */
export const flattenDeep = (selector: string) => selector.replace(/\s*>>>\s*/g, ' ');

/** In the page: the button (in the document or any open shadow root) whose name matches. Self-contained. */
export function findButtonInPage({ source, flags, exact }: { source: string; flags: string; exact: boolean }): Element | null {
  const matches = (name: string) => (exact ? name === source : new RegExp(source, flags).test(name));
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]!.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
      const isButton = element.localName === 'button' || element.getAttribute('role') === 'button';
      if (!isButton) continue;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (matches(name) && element.getClientRects().length > 0) return element;
    }
  }
  return null;
}

/** In the page: the checkbox inside (or named by) the label whose text is `label`. Self-contained. */
export function findCheckboxInPage(label: string): HTMLInputElement | null {
  for (const element of document.querySelectorAll('label')) {
    if ((element.textContent ?? '').replace(/\s+/g, ' ').trim() !== label) continue;
    const input = element.control ?? element.querySelector('input');
    if (input instanceof HTMLInputElement && input.type === 'checkbox') return input;
  }
  return null;
}

export const buttonQuery = (name: string | RegExp) =>
  typeof name === 'string' ? { source: name, flags: '', exact: true } : { source: name.source, flags: name.flags, exact: false };
