// Shared by `npm start`, the end-to-end tests and the bench: fixture pages served
// from 127.0.0.1 and Debian Chromium (never a downloaded browser) with the built
// extension loaded.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { DetectionRecord } from '../../utils/detection-record';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'test/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Pages that must be served in another charset than UTF-8 (see PROVENANCE.md). */
const CHARSET_EXCEPTIONS: Record<string, string> = {
  'corpus/trafilatura/archive-he-xinhuanet-drama.html': 'text/html; charset=gbk',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures (read-only) on 127.0.0.1 with an explicit charset. */
export async function serveFixtures(extraRoutes: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    // A saved page may request a path with a malformed %-escape: that is a 404, not a crash.
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '');
    } catch {
      path = '';
    }
    if (path in extraRoutes) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(extraRoutes[path]);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const type = CHARSET_EXCEPTIONS[path] ?? TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(await readFile(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  close(): Promise<void>;
}

export async function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'lectern-e2e-'));
}

export async function removeProfileDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Chromium with the built extension loaded, in the given (or a fresh) profile. */
export async function launchWithExtension(
  options: { profileDir?: string; colorScheme?: 'light' | 'dark'; locale?: string; headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profileDir = options.profileDir ?? (await newProfileDir());
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'zh-CN',
    // Extension i18n follows the browser's UI language, which Chromium on Linux takes from the environment.
    env: { ...process.env, ...uiLanguageEnv(options.locale ?? 'zh-CN') },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.locale ?? 'zh-CN'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // A freshly installed worker may still be running its first pass when it is reported: a
  // page committed before it listens for navigations would go undetected.
  await pollFor(5_000, () =>
    worker
      .evaluate(() => (globalThis as unknown as { chrome: { webNavigation: { onCommitted: { hasListeners(): boolean } } } }).chrome.webNavigation.onCommitted.hasListeners())
      .catch(() => false),
  );
  return {
    context,
    extensionId,
    worker,
    profileDir,
    close: () => context.close(),
  };
}

/**
 * The verdict the background recorded (storage.session, utils/detection-record.ts) for the tab
 * that committed `url`, once detection has decided it; null if it has not within `timeout` ms.
 */
export async function detectionRecordOf(browser: ExtensionBrowser, url: string, timeout = 5_000): Promise<RecordedDetection | null> {
  const found = await pollFor(timeout, async () => {
    // The worker may have been stopped and started again since launch: ask the current one.
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
    return worker ? await worker.evaluate(detectionRecordInExtension, url).catch(() => null) : null;
  });
  return found ?? null;
}

/** What the tests read of a detection record. */
export type RecordedDetection = Pick<DetectionRecord, 'stage' | 'detected' | 'reads'>;

/** In any extension context (worker or page): the record kept for the document at `url`, or null. Self-contained: it is serialised. */
export async function detectionRecordInExtension(url: string): Promise<RecordedDetection | null> {
  type Api = { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const records = Object.values(await (scope.browser ?? scope.chrome).storage.session.get(null)) as Array<RecordedDetection & { url?: string }>;
  return records.find((record) => record?.url === url) ?? null;
}

/** Asks `check` at once and then every 50 ms until it gives a truthy value or `timeout` ms pass; the value, or undefined. */
async function pollFor<T>(timeout: number, check: () => Promise<T>): Promise<T | undefined> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() >= until) return undefined;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Chromium on Linux picks its UI language (and so the extension's locale) from these. */
function uiLanguageEnv(locale: string): Record<string, string> {
  const posix = locale.replace('-', '_');
  return { LANGUAGE: posix, LC_ALL: `${posix}.UTF-8`, LANG: `${posix}.UTF-8` };
}
