// @ts-check
// End-to-end tests: build the site under a sub-path (/dl/, proving the base path works), then run
// tests/e2e with Playwright in the system Chromium against it (playwright.config.ts serves it).
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

findChromium();
const env = { ...process.env, BASE_PATH: '/dl/', OUT_DIR: 'dist-e2e' };
execSync('node scripts/build.mjs', { stdio: 'inherit', env });
execSync(['npx playwright test', ...process.argv.slice(2)].join(' '), { stdio: 'inherit', env });
