import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../utils/reader/watch';

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  const flushMutations = () => new Promise<void>((done) => queueMicrotask(done));

  it('batches a burst of mutations into one check after the page is quiet', async () => {
    const root = document.createElement('article');
    root.textContent = 'x'.repeat(1000);
    document.body.append(root);
    const reasons: string[] = [];
    const stop = watchPage(window, () => root, (reason) => reasons.push(reason), 500);
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent = 'more speech text '.repeat(5);
      root.append(p);
    }
    await flushMutations();
    expect(reasons).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(reasons).toEqual(['grown']);
    stop();
  });

  it('ignores small changes such as a ticker elsewhere on the page', async () => {
    const root = document.createElement('article');
    root.textContent = 'x'.repeat(5000);
    const ticker = document.createElement('div');
    document.body.append(root, ticker);
    const reasons: string[] = [];
    const stop = watchPage(window, () => root, (reason) => reasons.push(reason), 500);
    for (let i = 0; i < 10; i++) {
      ticker.textContent = `tick ${i}`;
      await flushMutations();
      vi.advanceTimersByTime(600);
    }
    expect(reasons).toEqual([]);
    stop();
  });

  it('reports SPA navigation', async () => {
    const root = document.createElement('article');
    document.body.append(root);
    const reasons: string[] = [];
    const stop = watchPage(window, () => root, (reason) => reasons.push(reason), 100);
    history.pushState({}, '', '/another-speech');
    document.body.append(document.createElement('div'));
    await flushMutations();
    vi.advanceTimersByTime(100);
    expect(reasons).toEqual(['url']);
    stop();
  });
});
