// @ts-check
// Builds the static site: the client bundle, a server bundle used only here, one pre-rendered HTML
// file per page, then the service worker that keeps all of it for offline reading.
// BASE_PATH (default /) and OUT_DIR (default dist) choose where it will live.
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { prerender } from './prerender.mjs';
import { buildServiceWorker } from './service-worker.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;

await build({ logLevel: 'warn' });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true },
});
const pages = await prerender(outDir, ssrDir);
rmSync(ssrDir, { recursive: true, force: true });
const offline = await buildServiceWorker(outDir);
console.log(`built ${pages} pages into ${outDir}/ (base ${process.env.BASE_PATH ?? '/'})`);
console.log(`offline: ${offline.count} files precached, ${(offline.size / 1e6).toFixed(2)} MB`);
