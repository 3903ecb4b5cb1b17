// Shared by the hardening end-to-end tests: a fixture server that can add response
// headers (strict CSP) and in-memory pages, and probes for our shadow root, the
// library's row count and the page world's "pwned" flags.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { FIXTURES_DIR, launchWithExtension, openExtensionPage, selectText, sendRuntimeMessage, type ExtensionBrowser, type FixtureServer } from '../harness';

export * from '../harness';

export interface Route {
  body: string;
  headers?: Record<string, string>;
}

/** Serves test/fixtures plus in-memory pages; `headers` adds response headers to a path (fixture or in-memory). */
export async function serveHostile(
  routes: Record<string, string | Route> = {},
  headers: Record<string, Record<string, string>> = {},
): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '');
    const extra = headers[path] ?? {};
    const route = routes[path];
    if (route !== undefined) {
      const { body, headers: own = {} } = typeof route === 'string' ? { body: route } : route;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...own, ...extra });
      response.end(body);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    response.end(await readFile(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Every excerpt stored, asked of the background from an extension page (as the library would). */
export async function storedExcerpts(browser: ExtensionBrowser): Promise<Array<{ id: string; text: string; pageUrl: string }>> {
  const page = await openExtensionPage(browser, 'popup.html');
  try {
    const reply = (await sendRuntimeMessage(page, { lectern: 1, type: 'excerpt:list', payload: { limit: 10_000 } })) as {
      ok: boolean;
      value?: Array<{ id: string; text: string; pageUrl: string }>;
      error?: string;
    };
    if (!reply.ok || !reply.value) throw new Error(`excerpt:list failed: ${reply.error}`);
    return reply.value;
  } finally {
    await page.close();
  }
}

/** What our shadow root holds: tag names, and anything that could run or navigate. */
export async function shadowInventory(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('lectern-panel')?.shadowRoot;
    if (!root) return null;
    const all = [...root.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((el) => el.localName))].sort(),
      dangerous: all
        .filter(
          (el) =>
            ['img', 'script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'frame', 'foreignobject', 'use', 'image', 'animate', 'set'].includes(el.localName) ||
            [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value) || a.name === 'srcdoc' || /href$/i.test(a.name)) ||
            (el.localName === 'a' && el.hasAttribute('href')),
        )
        .map((el) => el.outerHTML.slice(0, 200)),
      text: root.textContent ?? '',
    };
  });
}

/** The flags a hostile payload sets in the page world if it ever runs. */
export const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Selects `text` and saves it with the floating 摘录 button; resolves once the note editor (the acknowledgement) shows. */
export async function saveByButton(page: Page, text: string): Promise<void> {
  await selectText(page, text);
  await page.locator('lectern-panel').getByRole('button', { name: '摘录', exact: true }).click();
  await page.getByRole('dialog', { name: '摘录的备注和标签' }).waitFor();
  await page.keyboard.press('Escape');
}

/**
 * One hostile-fixture server and one Chromium with the extension for a describe
 * block, opened before its tests and closed after them. Read `env.server` and
 * `env.browser` inside the tests (they exist only once beforeAll has run).
 */
export function useHostileBrowser(...routes: Parameters<typeof serveHostile>): { server: FixtureServer; browser: ExtensionBrowser } {
  const env = {} as { server: FixtureServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await serveHostile(...routes);
    env.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
