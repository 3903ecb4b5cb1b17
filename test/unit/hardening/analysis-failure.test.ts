// An exception inside analysis: startReader catches it, logs it once, leaves the
// page untouched (no panel, no marks, no cleaning) and reports it through the
// registry, which the popup reads ("本页分析失败：…").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installLocale } from '../../helpers/i18n';

const failure = vi.hoisted(() => ({ throwIt: true, calls: 0 }));
vi.mock('../../../utils/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/analyze')>();
  return {
    ...real,
    analyzePage: (...args: Parameters<typeof real.analyzePage>) => {
      failure.calls++;
      if (failure.throwIt) throw new TypeError("Cannot read properties of null (reading 'textContent')");
      return real.analyzePage(...args);
    },
    analyzePageSliced: async (...args: Parameters<typeof real.analyzePageSliced>) => {
      failure.calls++;
      if (failure.throwIt) throw new TypeError("Cannot read properties of null (reading 'textContent')");
      return real.analyzePageSliced(...args);
    },
  };
});

const { startReader } = await import('../../../utils/reader/start');
const { registeredReader } = await import('../../../utils/reader/registry');

const SPEECH = `<main><article id="content"><h1>在全县工作会议上的讲话</h1><p>同志们：</p>
<h2>一、牢牢把握为谁创造政绩的根本立场</h2><p>${'为谁创造政绩，是政绩观的总开关。我们要把群众满意作为一切工作的出发点和落脚点。'.repeat(20)}</p>
<h2>二、科学回答创造什么样政绩的重要命题</h2><p>${'树立正确政绩观，必须紧扣高质量发展这一首要任务。'.repeat(20)}</p>
<div class="ad-banner adsbygoogle" style="position:fixed;top:0;height:90px">广告</div></article></main>`;

const settle = () => new Promise((done) => setTimeout(done, 20));

describe('an exception inside analysis', () => {
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    installLocale('zh_CN');
    // happy-dom has no hit testing; the scroll-spy asks for it once the panel is up.
    if (typeof document.elementsFromPoint !== 'function') document.elementsFromPoint = () => [];
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('lectern.reader')];
    document.body.innerHTML = SPEECH; // test setup only: builds the page under test
    failure.throwIt = true;
    failure.calls = 0;
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('lectern.reader')];
  });

  it('is caught, logged once, leaves the page untouched and is reported to the popup', async () => {
    const before = document.documentElement.outerHTML;
    expect(() => startReader(window)).not.toThrow();
    await settle();
    expect(failure.calls).toBe(1);
    const reader = registeredReader();
    expect(reader?.error()).toBe("Cannot read properties of null (reading 'textContent')");
    expect(reader?.status()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.join(' '))).toContain('[Lectern] analysis failed');
    // No panel, no hidden ads, no marks: the DOM is exactly as before.
    expect(document.querySelector('lectern-panel')).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    // The popup's commands stay harmless.
    expect(() => reader?.toggle()).not.toThrow();
    expect(() => reader?.step('next')).not.toThrow();
    expect(reader?.saveSelection()).toBe(false);
  });

  it('clears the error and shows the panel when a later analysis succeeds (SPA navigation)', async () => {
    startReader(window);
    await settle();
    expect(registeredReader()?.error()).not.toBeNull();
    failure.throwIt = false;
    history.pushState({}, '', '?speech=2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    // Wait for the outcome rather than a fixed time: a loaded machine may take longer.
    await vi.waitFor(() => expect(document.querySelector('lectern-panel')).not.toBeNull(), { timeout: 15_000, interval: 50 });
    expect(registeredReader()?.error()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
