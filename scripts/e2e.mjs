// @ts-check
// End-to-end tests: build the site under a sub-path (/dl/, proving the base path works), then run
// tests/e2e in the system Chromium against it, served on 127.0.0.1.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

findChromium();
const env = { ...process.env, BASE_PATH: '/dl/', OUT_DIR: 'dist-e2e' };
execSync('node scripts/build.mjs', { stdio: 'inherit', env });
execSync('npx vitest run -c vitest.e2e.config.ts', { stdio: 'inherit', env });
