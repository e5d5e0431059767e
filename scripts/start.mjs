// @ts-check
// `npm start`: installs dependencies when node_modules is missing or older than the lockfile, builds
// the book and serves it at a printed http://127.0.0.1:PORT address (PORT=… to choose; default 4173).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const stamp = 'node_modules/.package-lock.json';
if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci', { stdio: 'inherit' });
}
execSync('node scripts/build.mjs', { stdio: 'inherit' });
const { serve } = await import('./serve.mjs');
const { url } = await serve('dist', {
  port: Number(process.env.PORT ?? 4173),
  base: process.env.BASE_PATH ?? '/',
});
console.log(`\nDeep Learning, Live is at ${url}en/   (中文: ${url}zh/)   Ctrl+C to stop.`);
