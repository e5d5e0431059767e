// @ts-check
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';

/**
 * Bundles src/offline/service-worker.ts into `<outDir>/sw.js` and injects the precache list: every
 * pre-rendered page (each carries the shell's styles inline, and a disabled link to the same sheet that
 * Vite's loader looks for), the scripts and each widget's stylesheet (it loads with the widget's chunk), KaTeX's woff2 fonts, the photos the figures use and TF.js's wasm files (not the threaded one: it needs cross-origin isolation, which the
 * book lacks). URLs are relative to sw.js, so the same worker serves a build under / and under /dl/.
 * @param {string} outDir the pre-rendered site
 * @returns {Promise<{ count: number, size: number }>} the files precached and their bytes
 */
export async function buildServiceWorker(outDir) {
  const bundled = join(outDir, '.vite', 'sw-source.js');
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Workbox's logging is for its own development builds
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outDir, '.vite'),
      emptyOutDir: false,
      lib: {
        entry: 'src/offline/service-worker.ts',
        formats: ['iife'],
        name: 'serviceWorker',
        fileName: () => 'sw-source.js',
      },
    },
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: [
      '**/*.html',
      'assets/*.js',
      'assets/*.css',
      'assets/*.woff2',
      'assets/tfjs-backend-wasm-{simd-,}*.wasm',
      'images/*.png',
      'favicon.svg',
    ],
    globIgnores: ['assets/tfjs-backend-wasm-threaded-*'],
    // hashed file names are their own revision
    dontCacheBustURLsMatching: /^assets\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  rmSync(bundled);
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
