import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setSiteDisabled } from '../../utils/settings';
import { forgetPositions, MAX_REMEMBERED_PAGES, recallPosition, rememberedCount, rememberPosition } from '../../utils/reading-position';

describe('reading positions in browser.storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the last section per page, ignoring the fragment and tracking parameters', async () => {
    await rememberPosition('https://a.cn/s.html#top', { sectionPath: ['一、'], index: 0 }, 1);
    await rememberPosition('https://a.cn/s.html?utm_source=x', { sectionPath: ['二、', '（三）'], index: 5 }, 2);
    expect(await recallPosition('https://a.cn/s.html')).toEqual({ sectionPath: ['二、', '（三）'], index: 5, at: 2 });
    expect(await recallPosition('https://a.cn/other.html')).toBeNull();
  });

  it('forgets all pages, or the pages of one host', async () => {
    await rememberPosition('https://a.cn/1', { sectionPath: ['一、'], index: 0 });
    await rememberPosition('https://b.cn/1', { sectionPath: ['一、'], index: 0 });
    await forgetPositions('a.cn');
    expect(await recallPosition('https://a.cn/1')).toBeNull();
    expect(await recallPosition('https://b.cn/1')).not.toBeNull();
    await forgetPositions();
    expect(await rememberedCount()).toBe(0);
  });

  it('keeps at most MAX_REMEMBERED_PAGES, forgetting the oldest first', async () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < MAX_REMEMBERED_PAGES; i++) many[`https://a.cn/${i}`] = { sectionPath: [], index: 0, at: 1000 + i };
    await fakeBrowser.storage.local.set({ readingPositions: many });
    await rememberPosition('https://a.cn/new', { sectionPath: ['一、'], index: 0 }, 99_999);
    expect(await rememberedCount()).toBe(MAX_REMEMBERED_PAGES);
    expect(await recallPosition('https://a.cn/0')).toBeNull();
    expect(await recallPosition('https://a.cn/new')).not.toBeNull();
  });

  it('ignores malformed stored values instead of failing', async () => {
    await fakeBrowser.storage.local.set({ readingPositions: { 'https://a.cn/1': { sectionPath: '<b>', index: -1 }, 'https://a.cn/2': 'x' } });
    expect(await recallPosition('https://a.cn/1')).toBeNull();
    expect(await rememberedCount()).toBe(0);
  });

  it('forgets a host\'s pages when the reader turns Lectern off there', async () => {
    await rememberPosition('https://a.cn/1', { sectionPath: ['一、'], index: 0 });
    await setSiteDisabled('a.cn', true);
    expect(await recallPosition('https://a.cn/1')).toBeNull();
  });
});
