// `npm start`: serve the demo and real speech pages on 127.0.0.1 and open Chromium
// with the freshly built extension. Without a display, it runs headless, saves a
// screenshot of the demo page with the panel and says where it is.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension, removeProfileDir, ROOT, serveFixtures } from './lib/browser';

const PAGES: Array<[string, string]> = [
  ['demo/wentop-speech.html', 'Demo: 文库 page with a 提纲, ads, a download bar and a login modal (from the seed text)'],
  ['corpus/shaoxingyizhong/item-13096.html', '家长开放日讲话稿 — 一、/（一）/1. outline (real page)'],
  ['corpus/shaoxingyizhong/item-8981.html', '马卫光 speech — 一、 + run-in 1、 headings (real page)'],
  ['corpus/trafilatura/bundespraesident-rau-foederalismuskonvent-2003.html', 'Rau speech — Roman numeral sections (real page)'],
  ['corpus/whitehouse-speech-dl/remarks-vice-president-pence-wilson-center.html', 'White House remarks — flat transcript (real page)'],
  ['corpus/readability/wikipedia.html', 'Not a speech: Lectern stays out of the way'],
];

const indexPage = `<!doctype html><meta charset="utf-8"><title>Lectern demo pages</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 16px}li{margin:8px 0}</style>
<h1>Lectern (讲稿伴读) — demo pages</h1><ul>${PAGES.map(([path, label]) => `<li><a href="/${path}">${label}</a></li>`).join('')}</ul>`;

const server = await serveFixtures({ '': indexPage, 'index.html': indexPage });
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
console.log(`Serving demo pages at ${server.origin}/`);

if (hasDisplay) {
  const browser = await launchWithExtension({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url('index.html'));
  await browser.context.newPage().then((demo) => demo.goto(server.url(PAGES[0]![0])));
  console.log('Chromium is open with Lectern loaded. Close the browser window to stop.');
  browser.context.on('close', () => {
    void server.close().then(() => removeProfileDir(browser.profileDir));
  });
} else {
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url(PAGES[0]![0]));
    await page.waitForSelector('lectern-panel', { state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(1_200);
    const dir = join(ROOT, 'docs');
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'start-screenshot.png');
    await page.screenshot({ path: file });
    console.log('No display was found (DISPLAY/WAYLAND_DISPLAY unset), so Chromium ran headless.');
    console.log(`The extension loaded and the panel mounted on the demo page; screenshot: ${file}`);
    console.log('On a desktop, run `npm start` again to get a real browser window.');
  } finally {
    await browser.close();
    await removeProfileDir(browser.profileDir);
    await server.close();
  }
}
