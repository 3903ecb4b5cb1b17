import { afterEach, describe, expect, it } from 'vitest';
import { watchLate, type LateWatch } from '../../../utils/clean/observer';
import { mount } from './dom';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
let watch: LateWatch | undefined;
afterEach(() => watch?.stop());

describe('late-overlay watch', () => {
  it('queues in the observer callback and hands over one debounced batch', async () => {
    mount('<div id="page"></div>');
    const batches: Element[][] = [];
    watch = watchLate(document, window, { durationMs: 5_000, debounceMs: 30, maxWaitMs: 200, onBatch: (b) => batches.push(b) });
    const modal = document.createElement('div');
    modal.className = 'modal';
    document.body.append(modal);
    const backdrop = document.createElement('div');
    document.body.append(backdrop);
    await sleep(0);
    expect(batches).toEqual([]); // nothing handled inside the observer callback
    await sleep(120);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual(expect.arrayContaining([modal, backdrop]));
  });

  it('sees style and class changes (a hidden modal shown later)', async () => {
    mount('<div id="m" style="display:none"></div>');
    const batches: Element[][] = [];
    watch = watchLate(document, window, { durationMs: 5_000, debounceMs: 20, onBatch: (b) => batches.push(b) });
    document.getElementById('m')!.style.display = 'block';
    document.body.style.overflow = 'hidden';
    await sleep(100);
    expect(batches.flat().map((e) => e.id || e.tagName)).toEqual(expect.arrayContaining(['m', 'BODY']));
  });

  it('ignores mutations caused by our own writes', async () => {
    mount('<div id="x" class="a"></div>');
    const batches: Element[][] = [];
    watch = watchLate(document, window, { durationMs: 5_000, debounceMs: 20, onBatch: (b) => batches.push(b) });
    watch.ownWrites(() => {
      document.getElementById('x')!.classList.remove('a');
      document.head.append(document.createElement('style'));
    });
    document.getElementById('x')!.setAttribute('data-lectern-hidden', 'ad');
    await sleep(100);
    expect(batches).toEqual([]);
  });

  it('stops after its time is up', async () => {
    mount('<div></div>');
    const batches: Element[][] = [];
    watch = watchLate(document, window, { durationMs: 30, debounceMs: 10, onBatch: (b) => batches.push(b) });
    await sleep(60);
    document.body.append(document.createElement('div'));
    await sleep(60);
    expect(batches).toEqual([]);
  });
});
