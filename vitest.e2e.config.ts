import { defineConfig } from 'vitest/config';

// The third ring: the built extension in real Chromium. Files run one at a time
// (2 cores; each launches a browser).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
