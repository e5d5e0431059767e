import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium.mjs';

// scripts/e2e.mjs picks a free port; 4174 when Playwright is run directly
const PORT = Number(process.env.E2E_PORT ?? 4174);
const BASE = process.env.BASE_PATH ?? '/dl/';
const OUT = process.env.OUT_DIR ?? 'dist-e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  // one Chromium per core, at most 4: each runs TF.js flat out on its page
  workers: Number(process.env.E2E_WORKERS) || Math.max(1, Math.min(4, availableParallelism())),
  fullyParallel: true,
  forbidOnly: true,
  // starting every widget of a busy gallery and running axe over it takes a minute on 2 busy cores
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    serviceWorkers: 'block',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
  },
  webServer: {
    command: `node scripts/serve.mjs ${OUT} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    env: { BASE_PATH: BASE },
    reuseExistingServer: false,
  },
  // behaviour once, in English; every page of each language loaded, started and scanned once
  projects: [
    { name: 'en', grepInvert: /@zh\b/ },
    { name: 'zh', grep: /@zh\b/ },
  ],
});
