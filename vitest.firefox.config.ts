import { defineConfig } from 'vitest/config';

// The fourth ring: the built MV2 add-on in Debian's firefox-esr (puppeteer-core over
// WebDriver BiDi). One Firefox per file, files one at a time (2 cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    // Firefox takes 5 s to start on an idle machine and 30 s on this busy 2-core one;
    // the excerpt journey starts it twice.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: too little on this loaded machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
