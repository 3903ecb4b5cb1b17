// Hostile or broken import files through the real library page: each one is refused
// with a message, and not one row changes. (importExcerpts itself is unit-tested on
// ~100 generated files in test/unit/excerpts/import.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  sendRuntimeMessage,
  storedExcerpts,
  type ExtensionBrowser,
} from './helpers';

const excerpt = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  text: '为谁创造政绩,是政绩观的“总开关”。',
  note: '',
  tags: [],
  pageUrl: 'https://www.wentop.com/doc/1.html',
  pageTitle: '讲话',
  speechTitle: '讲话',
  sectionPath: [],
  host: 'www.wentop.com',
  createdAt: 1767225600000,
  updatedAt: 1767225600000,
  ...extra,
});
const envelope = (excerpts: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'lectern-excerpts', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', excerpts, ...extra });

const FILES: Array<[string, string]> = [
  ['truncated JSON', envelope([excerpt('a'), excerpt('b')]).slice(0, 180)],
  ['prototype pollution key', envelope([excerpt('a')]).replace('"id":"a"', '"id":"a","__proto__":{"polluted":true}')],
  ['duplicated ids', envelope([excerpt('dup'), excerpt('dup', { text: '另一段' })])],
  ['future format version', envelope([excerpt('a')], { version: 99 })],
  ['wrong types (text is a number) after a valid row', envelope([excerpt('ok-row'), excerpt('bad', { text: 42 })])],
  ['a 10 MB string', envelope([excerpt('huge', { note: '长'.repeat(3_500_000) })])],
  ['not an export at all', '<html><script>window.__pwned = 1</script></html>'],
];

describe('hostile import files in the library', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses each with a message and changes no row', async () => {
    const library = await openExtensionPage(browser, 'library.html');
    await library.waitForSelector('.library-results[data-ready="true"]');
    const seed = { ...excerpt('x'), id: undefined, host: undefined, createdAt: undefined, updatedAt: undefined };
    expect(await sendRuntimeMessage(library, { lectern: 1, type: 'excerpt:save', payload: JSON.parse(JSON.stringify(seed)) })).toMatchObject({ ok: true });
    const before = await storedExcerpts(browser);
    expect(before).toHaveLength(1);

    for (const [label, content] of FILES) {
      const errors = library.locator('.notice-error');
      const count = await errors.count();
      await library.locator('#library-import').setInputFiles({ name: `${label}.json`, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => errors.count(), { message: label, timeout: 10_000 }).toBe(count + 1);
      const text = await errors.last().textContent();
      expect(text, label).toContain('未导入任何内容');
      console.log(`${label}: ${text?.slice(0, 160)}`);
      expect(await storedExcerpts(browser), label).toEqual(before);
    }
    expect(await library.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null, polluted: ({} as Record<string, unknown>).polluted ?? null }))).toEqual({
      pwned: null,
      polluted: null,
    });
    await expect.poll(() => library.locator('.excerpt-text').count()).toBe(1);
  });
});
