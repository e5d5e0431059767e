import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    // the gallery starts every widget of the book and runs axe over all of them: a minute or more on 2 busy cores
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // one browser at a time on a 2-core machine keeps timings honest
    fileParallelism: false,
  },
});
