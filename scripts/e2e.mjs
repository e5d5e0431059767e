// @ts-check
// End-to-end tests: build the site under a sub-path (/dl/, proving the base path works), then run
// tests/e2e with Playwright in the system Chromium against it (playwright.config.ts serves it).
import { execSync } from 'node:child_process';
import { createServer } from 'node:net';
import { findChromium } from './chromium.mjs';

/** A port free right now: a fixed one may be taken by another checkout's tests on a shared machine. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });

findChromium();
const env = { ...process.env, BASE_PATH: '/dl/', OUT_DIR: 'dist-e2e', E2E_PORT: String(await freePort()) };
execSync('node scripts/build.mjs', { stdio: 'inherit', env });
execSync(['npx playwright test', ...process.argv.slice(2)].join(' '), { stdio: 'inherit', env });
