// Node-only helpers to turn an HTML file into a happy-dom Document for the CLI, the corpus
// test and benchmarks. Never imported by extension code. Page scripts never run and no
// resources are fetched: JavaScript evaluation, file loading and navigation are disabled.
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  /** Releases the happy-dom window; the document must not be used afterwards. */
  close(): Promise<void>;
}

function createWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
}

/** Parses an HTML string. DOMParser builds an inert document: no scripts, no loads. */
export function parseHtml(html: string, url = 'about:blank'): LoadedPage {
  const window = createWindow(url);
  const parser = new window.DOMParser();
  const document = parser.parseFromString(html, 'text/html') as unknown as Document;
  return {
    document,
    close: async () => {
      await window.happyDOM.close();
    },
  };
}

/**
 * Decodes file bytes with an explicit label (default UTF-8). The page's own
 * `<meta charset>` is deliberately ignored: many saved pages keep a stale one.
 */
export function decodeHtml(bytes: Uint8Array, encoding = 'utf-8'): string {
  return new TextDecoder(encoding).decode(bytes);
}

export async function loadHtmlFile(path: string, options: { url?: string; encoding?: string } = {}): Promise<LoadedPage> {
  const bytes = await readFile(path);
  return parseHtml(decodeHtml(bytes, options.encoding), options.url ?? 'about:blank');
}
