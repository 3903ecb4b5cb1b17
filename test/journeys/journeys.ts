// User journeys written once against the driver interface (driver.ts) and run in
// Chromium (test/e2e/journeys.e2e.ts) and Firefox (test/e2e-firefox/*.e2e.ts).
// They follow what a reader does; the labels are the zh_CN UI's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseHtml } from '../../scripts/lib/load-html';
import { FIXTURES_DIR, type FixtureServer } from '../../scripts/lib/browser';
import { analyzePage } from '../../utils/analyze';
import type { JourneyBrowser, JourneyPage, Launch } from './driver';

export const DEMO = 'demo/wentop-speech.html';
export const NOT_A_SPEECH = 'corpus/readability/wikipedia.html';
/**
 * Pages stage 1 of detection is unsure of under the committed model: a speech and a notice
 * (stage 2 decides them). A retrain can settle one in stage 1; pick another then.
 */
export const UNSURE_SPEECH = 'corpus/shaoxingyizhong/item-13084.html';
export const UNSURE_NOTICE = 'corpus/shaoxingyizhong/item-5585.html';
/** A speech whose text can be selected (the demo page sets user-select: none). */
export const SELECTABLE_SPEECH = 'corpus/shaoxingyizhong/item-13096.html';
export const SELECTABLE_PASSAGE = '学校队伍建设还远远没有完成';
export const SELECTABLE_SECTION_PATH = '三、学校未来及2020学年后一阶段工作计划 › （二）问题导向 › 2.队伍建设方面';

/** expect.poll with room for a loaded 2-core machine (its default gives up after 1 s). */
export const eventually = <T>(read: () => T | Promise<T>, timeout = 10_000) => expect.poll(read, { timeout });

const TREE_ITEM = 'lectern-panel >>> [role="treeitem"] .outline-text';
const CURRENT_ITEM = 'lectern-panel >>> [aria-current="location"] .outline-text';
const NOTE_DIALOG = 'lectern-panel >>> [role="dialog"]';

/** The outline the analyser computes for the same HTML, in Node. */
async function nodeOutline(path: string, url: string): Promise<string[]> {
  const page = parseHtml(await readFile(join(FIXTURES_DIR, path), 'utf8'), url);
  try {
    return analyzePage(page.document, url, { force: true })?.outline.map((item) => item.text) ?? [];
  } finally {
    await page.close();
  }
}

/** In the page: the viewport top of the first element whose own text starts with `start`. */
function topOfText(start: string): number | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim().startsWith(start)) return node.parentElement!.getBoundingClientRect().top;
  }
  return null;
}

/** In the page: scrolls so the element whose text starts with `start` sits just below the top. */
function scrollToText(start: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim().startsWith(start)) continue;
    window.scrollTo({ top: node.parentElement!.getBoundingClientRect().top + window.scrollY - 40, behavior: 'instant' });
    return true;
  }
  return false;
}

/** In the page: selects `needle` (it may span text nodes) as a reader's drag would. */
export function selectInPage(needle: string): void {
  const root = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Array<{ node: Text; start: number }> = [];
  let all = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script,style,template')) continue;
    nodes.push({ node: node as Text, start: all.length });
    all += node.textContent ?? '';
  }
  const at = all.indexOf(needle);
  if (at < 0) throw new Error(`text not on the page: ${needle}`);
  const find = (offset: number, isEnd: boolean) =>
    [...nodes].reverse().find(({ start, node }) => (isEnd ? start < offset : start <= offset) && start + node.length >= offset)!;
  const first = find(at, false);
  const last = find(at + needle.length, true);
  first.node.parentElement!.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.setStart(first.node, at - first.start);
  range.setEnd(last.node, at + needle.length - last.start);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

/** In the page: the highlighted passages, one string per excerpt. */
function highlightsInPage(): string[] {
  const byId = new Map<string, string>();
  for (const mark of document.querySelectorAll('mark[data-lectern-highlight]')) {
    const id = mark.getAttribute('data-lectern-highlight')!;
    byId.set(id, (byId.get(id) ?? '') + mark.textContent);
  }
  return [...byId.values()];
}

const shown = (page: JourneyPage, selector: string) =>
  page.evaluate((s) => {
    const element = document.querySelector(s);
    return element !== null && getComputedStyle(element).display !== 'none';
  }, selector);

/** 1. Panel: outline tree equal to the analyser's, jump, scroll-spy, collapse; no panel on a non-speech page. */
export async function panelJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(server.url(DEMO));
  try {
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    expect(await page.count('lectern-panel')).toBe(1);
    expect(await page.evaluate(() => document.querySelector('lectern-panel')?.shadowRoot?.mode ?? null, null)).toBe('open');
    const expected = await nodeOutline(DEMO, server.url(DEMO));
    expect(expected.length).toBeGreaterThan(5);
    await eventually(() => page.texts(TREE_ITEM)).toEqual(expected);

    const second = expected.find((text) => text.startsWith('二、'))!;
    await page.click(TREE_ITEM, second);
    await eventually(() => page.evaluate(topOfText, second)).toBeGreaterThanOrEqual(0);
    await eventually(() => page.evaluate(topOfText, second)).toBeLessThanOrEqual(150);
    await eventually(async () => (await page.texts(CURRENT_ITEM))[0]).toBe(second);

    // Scrolling by hand to a later section moves the mark there.
    const third = expected.find((text) => text.startsWith('三、'))!;
    expect(await page.evaluate(scrollToText, third)).toBe(true);
    await eventually(async () => (await page.texts(CURRENT_ITEM))[0]).toBe(third);

    await page.click('lectern-panel >>> .panel-collapse');
    await eventually(() => page.count('lectern-panel >>> [role="tree"]')).toBe(0);
    await page.click('lectern-panel >>> .lectern-tab');
    await eventually(() => page.count('lectern-panel >>> [role="tree"]')).toBe(1);
  } finally {
    await page.close();
  }

  const other = await browser.open(server.url(NOT_A_SPEECH));
  try {
    expect(await other.appears('lectern-panel', 2_000)).toBe(false);
  } finally {
    await other.close();
  }
}

/** 2. Clean reading on the demo page: clutter hidden, scrolling works, "显示已隐藏" restores, "重新隐藏" hides again. */
export async function cleanJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(server.url(DEMO));
  try {
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    // The login modal appears 800 ms after load and locks scrolling; the bounded watch catches it.
    await eventually(() => page.count('.login-modal[data-lectern-hidden]')).toBe(1);
    for (const selector of ['.login-modal', '.fixed-download-bar', '#ad_top']) expect(await shown(page, selector), selector).toBe(false);
    await eventually(() => page.evaluate(() => getComputedStyle(document.documentElement).overflowY, null)).not.toBe('hidden');
    await eventually(() => page.evaluate(() => getComputedStyle(document.body).overflowY, null)).not.toBe('hidden');
    await eventually(async () => (await page.texts('lectern-panel >>> .clean-controls')).join('')).toContain('已展开页面中折叠的内容');
    const clipped = await page.evaluate(() => [...document.querySelectorAll('#content > p')].filter((p) => p.getBoundingClientRect().height === 0).length, null);
    expect(clipped).toBe(0);

    await page.evaluate(() => window.scrollTo(0, 0), null);
    await page.wheel(800);
    await eventually(() => page.evaluate(() => window.scrollY, null)).toBeGreaterThan(0);

    await page.clickButton(/^显示已隐藏/);
    await eventually(() => shown(page, '.login-modal')).toBe(true);
    expect(await shown(page, '#ad_top')).toBe(true);
    await page.clickButton('重新隐藏');
    await eventually(() => shown(page, '#ad_top')).toBe(false);
    expect(await shown(page, '.login-modal')).toBe(false);
  } finally {
    await page.close();
  }
}

/** In an extension page: the hosts stored under a per-site switch's key (the popup writes them asynchronously). */
/** The hosts stored under `key`, read in an extension page (either browser's API). */
export function storedHostsInPage(key: string): Promise<string[]> {
  const scope = globalThis as unknown as Record<'browser' | 'chrome', { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } | undefined>;
  const api = scope.browser ?? scope.chrome!;
  return api.storage.local.get(key).then((stored) => (Array.isArray(stored[key]) ? (stored[key] as string[]) : []));
}

/** 4. Popup: the page's status, hide/show, "never on this site", "don't clean this site", and "仍然显示提纲". */
export async function popupJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const host = new URL(server.origin).hostname;
  const page = await browser.open(server.url(DEMO));
  try {
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    const tabId = await browser.tabIdOf(page.url());
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await eventually(() => popup.evaluate(() => document.body.textContent ?? '', null)).toContain('已显示 3491 / 7830 字');
    await popup.clickButton('收起面板');
    await eventually(() => page.count('lectern-panel >>> .lectern-tab')).toBe(1);
    await popup.clickButton('显示面板');
    await eventually(() => page.count('lectern-panel >>> [role="tree"]')).toBe(1);

    await popup.setChecked(`不清理 ${host} 的页面`, true);
    await eventually(() => popup.evaluate(storedHostsInPage, 'cleanOffHosts')).toEqual([host]);
    await popup.close();
    await page.reload();
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    // The page's own login modal comes up 800 ms after load, and nothing hides it.
    await eventually(() => shown(page, '.login-modal')).toBe(true);
    expect(await page.count('[data-lectern-hidden]')).toBe(0);
    expect(await shown(page, '#ad_top')).toBe(true);

    const second = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await second.setChecked(`不清理 ${host} 的页面`, false);
    await second.setChecked(`在 ${host} 上永不运行`, true);
    await eventually(() => second.evaluate(storedHostsInPage, 'cleanOffHosts')).toEqual([]);
    await eventually(() => second.evaluate(storedHostsInPage, 'disabledHosts')).toEqual([host]);
    await second.close();
    await page.reload();
    expect(await page.appears('lectern-panel', 2_000)).toBe(false);
    const third = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await eventually(() => third.evaluate(() => document.body.textContent ?? '', null)).toContain('已在此网站关闭讲稿伴读。');
    await third.setChecked(`在 ${host} 上永不运行`, false);
    await eventually(() => third.evaluate(storedHostsInPage, 'disabledHosts')).toEqual([]);
    await third.close();
    await page.reload();
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    await eventually(() => page.count('#ad_top[data-lectern-hidden]')).toBe(1);
  } finally {
    await page.close();
  }

  const other = await browser.open(server.url(NOT_A_SPEECH));
  try {
    expect(await other.appears('lectern-panel', 2_000)).toBe(false);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${await browser.tabIdOf(other.url())}`);
    await popup.clickButton('仍然显示提纲');
    expect(await other.appears('lectern-panel >>> .lectern-panel', 10_000)).toBe(true);
    await popup.close();
  } finally {
    await other.close();
  }
}

/** The sentence that starts with SELECTABLE_PASSAGE, as the page shows it. */
const passageOf = (page: JourneyPage) =>
  page.evaluate((start) => {
    const text = document.body.textContent ?? '';
    const at = text.indexOf(start);
    return text.slice(at, text.indexOf('。', at) + 1);
  }, SELECTABLE_PASSAGE);

/**
 * 3. Excerpts: select → 摘录 → note → the library lists it under its section path and
 * finds it by search; after closing the browser and launching it again on the same
 * profile, the library still lists it and the page highlights it again.
 */
export async function excerptJourney(launch: Launch, server: FixtureServer, profileDir: string): Promise<void> {
  let passage: string;
  const first = await launch(profileDir);
  try {
    const page = await first.open(server.url(SELECTABLE_SPEECH));
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    passage = await passageOf(page);
    expect(passage.length).toBeGreaterThan(SELECTABLE_PASSAGE.length);
    await page.evaluate(selectInPage, passage);
    await page.clickButton('摘录');
    expect(await page.appears(NOTE_DIALOG, 5_000)).toBe(true);
    await page.fill(`${NOTE_DIALOG} input`, '可用于人才工作总结');
    await page.press('Enter');
    await eventually(() => page.count(NOTE_DIALOG)).toBe(0);
    await eventually(() => page.evaluate(highlightsInPage, null)).toEqual([passage]);
    await eventually(() => page.texts('lectern-panel >>> .page-excerpts .excerpt-item')).toEqual([passage]);

    const library = await first.openExtensionPage('library.html');
    expect(await library.appears('.library-results[data-ready="true"]', 10_000)).toBe(true);
    await eventually(() => library.texts('.excerpt-text')).toEqual([passage]);
    const card = (await library.texts('li.excerpt')).join('');
    expect(card).toContain(SELECTABLE_SECTION_PATH);
    expect(card).toContain('可用于人才工作总结');

    await library.fill('input[type="search"]', '队伍建设');
    await eventually(() => library.texts('.excerpt-text')).toEqual([passage]);
    await library.fill('input[type="search"]', '量子计算');
    await eventually(() => library.texts('.excerpt-text')).toEqual([]);
  } finally {
    await first.close();
  }

  const second = await launch(profileDir);
  try {
    const library = await second.openExtensionPage('library.html');
    expect(await library.appears('.library-results[data-ready="true"]', 10_000)).toBe(true);
    await eventually(() => library.texts('.excerpt-text')).toEqual([passage]);
    expect((await library.texts('.excerpt-source')).join('')).toContain(SELECTABLE_SECTION_PATH);

    const page = await second.open(server.url(SELECTABLE_SPEECH));
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    await eventually(() => page.evaluate(highlightsInPage, null)).toEqual([passage]);
  } finally {
    await second.close();
  }
}

/** In the page: computed styles of the panel host, its box and an outline item. */
function panelLookInPage(): Record<string, unknown> {
  const host = document.querySelector('lectern-panel')!;
  const root = host.shadowRoot!;
  const pick = (element: Element) => {
    const s = getComputedStyle(element);
    return [s.display, s.visibility, s.opacity, s.position, s.fontSize, s.lineHeight, s.color, s.backgroundColor, s.pointerEvents].join('|');
  };
  const panel = root.querySelector('.lectern-panel')!;
  const item = root.querySelector('[role="treeitem"] .outline-text')!;
  const rect = panel.getBoundingClientRect();
  return { host: pick(host), panel: pick(panel), item: pick(item), width: Math.round(rect.width), tall: rect.height > 100 };
}

/** CSS in the shadow root: the panel's own styles apply, and page CSS that attacks it changes nothing; it stays clickable above a late max-z-index overlay. */
export async function panelStyleJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const plain = await browser.open(server.url('hostile/css-plain.html'));
  const attacked = await browser.open(server.url('hostile/css-attack.html'));
  try {
    expect(await plain.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    expect(await attacked.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    // The page's rules do apply to its own text (the attack is real).
    expect(await attacked.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontSize, null)).toBe('40px');
    const reference = await plain.evaluate(panelLookInPage, null);
    // Our stylesheet reached the shadow root: a fixed panel, 14 px text.
    expect(reference.host).toMatch(/^block\|visible\|1\|fixed\|/);
    expect(reference.item).toMatch(/^\w+\|visible\|1\|\w+\|14px\|/);
    expect(reference.width).toBeGreaterThan(200);
    expect(reference.tall).toBe(true);
    expect(await attacked.evaluate(panelLookInPage, null)).toEqual(reference);

    await attacked.evaluate(() => new Promise<void>((done) => {
      const check = () => ((window as unknown as { __overlayAdded?: boolean }).__overlayAdded ? done() : setTimeout(check, 50));
      check();
    }), null);
    await attacked.click(TREE_ITEM, '三、躬身践行');
    await eventually(async () => (await attacked.texts(CURRENT_ITEM))[0] ?? '').toContain('三、躬身践行');
    expect(await attacked.evaluate(() => (window as unknown as { __overlayClicks?: number }).__overlayClicks ?? 0, null)).toBe(0);
  } finally {
    await plain.close();
    await attacked.close();
  }
}

/**
 * 5. Detection in two stages — an unsure page gets the injected stage-2 script, which shows
 * the panel on a speech and leaves a notice alone — and "always on this site" after
 * "show anyway" overrules the detector on reload, reversibly.
 */
export async function detectionJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const host = new URL(server.origin).hostname;
  const always = `在此网站总是显示（${host}）`;
  const speech = await browser.open(server.url(UNSURE_SPEECH));
  try {
    expect(await speech.appears('lectern-panel >>> .lectern-panel', 15_000)).toBe(true);
    await eventually(() => browser.detectionStages(speech.url())).toEqual([1, 2]);
  } finally {
    await speech.close();
  }
  const notice = await browser.open(server.url(UNSURE_NOTICE));
  try {
    await eventually(() => browser.detectionStages(notice.url())).toEqual([1, 2]);
    expect(await notice.appears('lectern-panel', 2_000)).toBe(false);
    const tabId = await browser.tabIdOf(notice.url());
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.clickButton('仍然显示提纲');
    expect(await notice.appears('lectern-panel >>> .lectern-panel', 10_000)).toBe(true);
    await popup.setChecked(always, true);
    await eventually(() => popup.evaluate(storedHostsInPage, 'alwaysHosts')).toEqual([host]);
    await popup.close();
    await notice.reload();
    expect(await notice.appears('lectern-panel >>> .lectern-panel', 10_000)).toBe(true);
    // Shown without asking the detector: the background read the site's switch and injected the reader; nothing read the page for detection.
    await eventually(() => browser.detectionStages(notice.url())).toEqual([]);
    const again = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await again.setChecked(always, false);
    await eventually(() => again.evaluate(storedHostsInPage, 'alwaysHosts')).toEqual([]);
    await again.close();
  } finally {
    await notice.close();
  }
}

/** In the page: opens the item menu of the outline row whose text starts with `start`, as a right click does. Self-contained. */
function openItemMenuInPage(start: string): boolean {
  const root = document.querySelector('lectern-panel')?.shadowRoot;
  const row = [...(root?.querySelectorAll('[role="treeitem"]') ?? [])].find((item) => item.querySelector('.outline-text')?.textContent?.startsWith(start));
  const target = row?.querySelector('.outline-text');
  if (!target) return false;
  const box = target.getBoundingClientRect();
  target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, clientX: box.left + 4, clientY: box.top + 4 }));
  return true;
}

/** In the page: how many of our highlight marks it holds. Self-contained. */
function highlightCountInPage(): number {
  return document.querySelectorAll('mark[data-lectern-highlight]').length;
}

/** 6. For drafters: "摘录本节" saves a whole section from the outline item's menu, and it is highlighted. */
export async function sectionClipJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const target = await draftingTarget(server);
  const page = await browser.open(server.url(DEMO));
  try {
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    await eventually(() => page.texts(TREE_ITEM)).toContain(target);
    const before = await page.evaluate(highlightCountInPage, null);
    expect(await page.evaluate(openItemMenuInPage, target)).toBe(true);
    await page.clickButton('摘录本节');
    expect(await page.appears('lectern-panel >>> [role="dialog"]', 10_000)).toBe(true);
    await page.press('Escape');
    await eventually(() => page.evaluate(highlightCountInPage, null)).toBeGreaterThan(before);
  } finally {
    await page.close();
  }
}

// Before the page's own scripts: records every painted frame that shows the panel, for 2 s
// from the first: where the copy button sits, and whether the resume and progress lines are in.
const PANEL_FRAMES = `(() => {
  const frames = (window.__lecternPanelFrames = []);
  let first;
  const look = () => {
    const root = document.querySelector('lectern-panel')?.shadowRoot;
    const button = root?.querySelector('.copy-outline-main');
    if (button) {
      first ??= performance.now();
      frames.push({
        top: Math.round(button.getBoundingClientRect().top),
        resume: root.querySelector('.resume-line') !== null,
        progress: root.querySelector('.panel-progress') !== null,
      });
    }
    if (first === undefined || performance.now() - first < 2000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

interface PanelFrame {
  top: number;
  resume: boolean;
  progress: boolean;
}

/** In the page: the frames PANEL_FRAMES recorded. Self-contained. */
function panelFramesInPage(): PanelFrame[] {
  return (window as unknown as { __lecternPanelFrames?: PanelFrame[] }).__lecternPanelFrames ?? [];
}

/** 7. For drafters: the section in view is remembered, and the next visit offers "继续阅读" (in the panel's first frame), which jumps back there. */
export async function resumeJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const target = await draftingTarget(server);
  const first = await browser.open(server.url(DEMO));
  try {
    expect(await first.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    await eventually(() => first.texts(TREE_ITEM)).toContain(target);
    await first.click(TREE_ITEM, target);
    await eventually(() => first.evaluate(topOfText, target)).toBeLessThanOrEqual(150);
    await eventually(async () => (await first.texts(CURRENT_ITEM))[0]).toBe(target);
    // Remembered after a quiet second once the jump's smooth scroll has settled, not on every scroll event.
    await new Promise((done) => setTimeout(done, 3_500));
  } finally {
    await first.close();
  }
  const again = await browser.open(server.url(DEMO), { beforeLoad: PANEL_FRAMES });
  try {
    await eventually(() => again.texts('lectern-panel >>> .resume-line .resume-where')).toEqual([expect.stringContaining(target.slice(0, 8))]);
    // The panel's first frame already holds the resume and progress lines: nothing moves under the pointer.
    await new Promise((done) => setTimeout(done, 1_000));
    const frames = await again.evaluate(panelFramesInPage, null);
    console.log(`${browser.name}: ${frames.length} frames with the panel; first ${JSON.stringify(frames[0])}; copy button tops ${[...new Set(frames.map((f) => f.top))].join(', ')}`);
    expect(frames.length).toBeGreaterThan(5);
    expect(frames[0]).toMatchObject({ resume: true, progress: true });
    expect(new Set(frames.map((frame) => frame.top)).size).toBe(1);
    await again.clickButton(/^继续阅读/);
    await eventually(async () => (await again.texts(CURRENT_ITEM))[0]).toBe(target);
  } finally {
    await again.close();
  }
}

const draftingTarget = async (server: FixtureServer) =>
  (await nodeOutline(DEMO, server.url(DEMO))).find((text) => text.startsWith('(三)创造全面协调'))!;

// The demo speech's outline as the panel shows it by default (all levels), for journeys 8 and 9.
const TITLE = '在全县树立和践行正确政绩观学习教育动员会上的讲话';
const ONE = '一、牢牢把握“为谁创造政绩”的根本立场,始终把人民至上刻在心中、落在行动';
const ONE_1 = '(一)政绩的源泉在人民,必须扎根群众找方向';
const TWO = '二、科学回答“创造什么样政绩”的重要命题,始终把高质量发展作为鲜明导向';
const TWO_2 = '(二)创造泽被长远、利在千秋的潜政绩';
const DEMO_OUTLINE: Array<[depth: number, text: string]> = [
  [1, ONE],
  [2, ONE_1],
  [1, TWO],
  [2, '(一)创造实实在在、不含水分的真政绩'],
  [2, TWO_2],
  [2, '(三)创造全面协调、绿色低碳的好政绩'],
  [1, '三、躬身践行“靠什么树牢政绩”的实践路径,始终把求真务实作为共产党员的必备品格'],
  [2, '(一)大兴调查研究,在察实情、出实招中夯实政绩基础'],
  [2, '(二)坚持真抓实干,在抓落实、求实效中创造过硬政绩'],
];

const OUTLINE_FORMATS_MENU = 'lectern-panel >>> [role="menu"][aria-label="提纲格式"]';

/** 8. For drafters: "复制提纲" puts the outline on the clipboard, title first, levels indented with two full-width spaces; "下载 .txt" / ".md" / ".docx（公文格式）" save it. */
export async function copyOutlineJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const text = [TITLE, ...DEMO_OUTLINE.map(([depth, line]) => `${'\u3000\u3000'.repeat(depth - 1)}${line}`)].join('\n') + '\n';
  const markdown = `# ${TITLE}\n\n${DEMO_OUTLINE.map(([depth, line]) => `${'  '.repeat(depth - 1)}- ${line}`).join('\n')}\n`;
  const page = await browser.open(server.url(DEMO));
  try {
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    await page.clickButton('复制提纲');
    await eventually(() => page.texts('lectern-panel >>> .copy-outline-status')).toEqual(['已复制']);
    expect(await page.readClipboard()).toBe(text);
    await page.clickButton('更多提纲格式');
    expect(await page.appears(OUTLINE_FORMATS_MENU)).toBe(true);
    expect(await page.download('下载 .txt')).toBe(text);
    await page.clickButton('更多提纲格式');
    expect(await page.appears(OUTLINE_FORMATS_MENU)).toBe(true);
    expect(await page.download('下载 .md')).toBe(markdown);
    // The Word file: a ZIP archive of stored parts, so its XML reads as UTF-8 in place.
    await page.clickButton('更多提纲格式');
    expect(await page.appears(OUTLINE_FORMATS_MENU)).toBe(true);
    const docx = await page.download('下载 .docx（公文格式）');
    expect(docx.startsWith('PK\u0003\u0004')).toBe(true);
    expect(docx).toContain('word/document.xml');
    const runs = [...docx.matchAll(/w:eastAsia="([^"]+)"[^]*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => [m[1], m[2]]);
    expect(runs).toEqual([['方正小标宋简体', TITLE], ...DEMO_OUTLINE.map(([depth, line]) => [depth === 1 ? '黑体' : '楷体', line])]);
  } finally {
    await page.close();
  }
}

/** In the page: the first 20 characters (no whitespace) of the text after the heading `heading`, in its paragraph or the next. Self-contained. */
function bodyStartInPage(heading: string): string {
  const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
  const paragraphs = [...document.querySelectorAll('#content p')];
  const at = paragraphs.findIndex((p) => squeeze(p.textContent).startsWith(squeeze(heading)));
  const rest = squeeze(paragraphs[at]?.textContent).slice(squeeze(heading).length);
  return (rest.length >= 20 ? rest : squeeze(paragraphs[at + 1]?.textContent)).slice(0, 20);
}

/**
 * 9. For drafters: two sections saved out of reading order (one with a note); the library's
 * "导出为学习笔记" (and "导出为 Word（公文格式）") of the demo speech holds its title, source, outline, and the excerpts in
 * reading order under their section headings, each note after its excerpt.
 */
export async function studyNotesJourney(browser: JourneyBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(server.url(DEMO));
  let laterBody: string;
  let earlierBody: string;
  try {
    expect(await page.appears('lectern-panel >>> [role="treeitem"]', 10_000)).toBe(true);
    laterBody = await page.evaluate(bodyStartInPage, TWO_2);
    earlierBody = await page.evaluate(bodyStartInPage, ONE_1);
    expect([laterBody.length, earlierBody.length]).toEqual([20, 20]);
    const before = await page.evaluate(highlightCountInPage, null);
    expect(await page.evaluate(openItemMenuInPage, TWO_2)).toBe(true);
    await page.clickButton('摘录本节');
    expect(await page.appears(NOTE_DIALOG, 10_000)).toBe(true);
    await page.fill(`${NOTE_DIALOG} input`, '潜绩的写法');
    await page.press('Enter');
    await eventually(() => page.count(NOTE_DIALOG)).toBe(0);
    expect(await page.evaluate(openItemMenuInPage, ONE_1)).toBe(true);
    await page.clickButton('摘录本节');
    expect(await page.appears(NOTE_DIALOG, 10_000)).toBe(true);
    await page.press('Escape');
    await eventually(() => page.count(NOTE_DIALOG)).toBe(0);
    await eventually(() => page.evaluate(highlightCountInPage, null)).toBeGreaterThanOrEqual(before + 2);
  } finally {
    await page.close();
  }

  const library = await browser.openExtensionPage('library.html');
  try {
    expect(await library.appears('.library-results[data-ready="true"]', 10_000)).toBe(true);
    await library.click('label.view-option', '按讲话和章节');
    // The export button is the only speech's: this browser saved excerpts from the demo page alone.
    await eventually(() => library.texts('.speech-group .speech-title')).toEqual([`《${TITLE}》`]);
    const notes = await library.download('导出为学习笔记');
    expect(notes.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(notes).toContain(`来源：<${server.url(DEMO)}>`);
    const outlineAt = notes.indexOf('## 提纲\n');
    const excerptsAt = notes.indexOf('## 摘录\n');
    expect(outlineAt).toBeGreaterThan(0);
    expect(excerptsAt).toBeGreaterThan(outlineAt);
    expect(notes.slice(outlineAt, excerptsAt)).toContain(DEMO_OUTLINE.map(([depth, line]) => `${'  '.repeat(depth - 1)}- ${line}`).join('\n'));
    // Reading order, whatever the order of saving: 一 › (一) with its excerpt, then 二 › (二) with its excerpt and note.
    const squeezed = notes.replace(/\s+/g, '');
    const at = (needle: string, from = 0) => squeezed.indexOf(needle.replace(/\s+/g, ''), from);
    const excerpts = at('##摘录');
    const order = [at(`###${ONE}`, excerpts), at(`####${ONE_1}`, excerpts), at(earlierBody, excerpts), at(`###${TWO}`, excerpts), at(`####${TWO_2}`, excerpts), at(laterBody, excerpts), at('潜绩的写法', excerpts)];
    expect(order.every((position) => position > excerpts)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // The same notes as a Word file: stored ZIP parts, so the document's runs read as UTF-8 in place.
    const word = await library.download('导出为 Word（公文格式）');
    expect(word.startsWith('PK\u0003\u0004')).toBe(true);
    const runs = [...word.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((match) => match[1]!);
    expect(runs[0]).toBe(TITLE);
    expect(runs).toContain(`来源：${server.url(DEMO)}`);
    const wordText = runs.join('').replace(/\s+/g, '');
    const inWord = (needle: string, from = 0) => wordText.indexOf(needle.replace(/\s+/g, ''), from);
    const wordExcerpts = inWord('摘录', inWord(DEMO_OUTLINE.at(-1)![1]));
    const wordOrder = [inWord(ONE, wordExcerpts), inWord(ONE_1, wordExcerpts), inWord(earlierBody, wordExcerpts), inWord(TWO, wordExcerpts), inWord(TWO_2, wordExcerpts), inWord(laterBody, wordExcerpts), inWord('潜绩的写法', wordExcerpts)];
    expect(wordOrder.every((position) => position > wordExcerpts)).toBe(true);
    expect([...wordOrder].sort((a, b) => a - b)).toEqual(wordOrder);
  } finally {
    await library.close();
  }
}

/**
 * The journeys both rings run in one open browser, in this order (the excerpt journey,
 * which relaunches the browser, is run on its own): each ring's file loops over this
 * list, so the two browsers are held to the same steps by construction.
 */
export const SHARED_JOURNEYS: ReadonlyArray<{ name: string; run: (browser: JourneyBrowser, server: FixtureServer) => Promise<void> }> = [
  { name: 'panel: the outline tree of the demo page, jump, scroll-spy, collapse; no panel on a non-speech page', run: panelJourney },
  { name: 'clean reading: clutter hidden, scrolling works, “显示已隐藏” restores and “重新隐藏” hides again', run: cleanJourney },
  { name: 'panel CSS: our styles apply in the shadow root, page CSS cannot change them, clicks pass a max-z-index overlay', run: panelStyleJourney },
  { name: 'popup: status, hide/show, per-site switches, “仍然显示提纲”', run: popupJourney },
  { name: 'detection: an unsure page goes to stage 2; “always on this site” after “show anyway”', run: detectionJourney },
  { name: 'for drafters: save a section from its outline item', run: sectionClipJourney },
  { name: 'for drafters: resume where the reader stopped', run: resumeJourney },
  { name: 'for drafters: copy the outline (clipboard, .txt, .md and .docx downloads)', run: copyOutlineJourney },
  { name: 'for drafters: study notes of the demo speech, excerpts in reading order', run: studyNotesJourney },
];
