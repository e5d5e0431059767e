/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import chapters from './scripts/mdx/chapters-plugin.mjs';
import wat from './scripts/wasm/wat-plugin.mjs';
import { rehypePlugins, remarkPlugins } from './scripts/mdx/pipeline.mjs';

/** The book can live under a sub-path of a static host: BASE_PATH=/books/dl/ npm run build. */
const base = process.env.BASE_PATH ?? '/';

/** TF.js's chunks are named tfjs-…, so the tests and the bench can see which pages download it. */
const chunkFileNames = (chunk: { moduleIds: readonly string[] }) =>
  chunk.moduleIds.some((id) => /\/@tensorflow\/[^?]+\.js$/.test(id))
    ? 'assets/tfjs-[hash].js'
    : 'assets/[name]-[hash].js';

export default defineConfig(({ isSsrBuild }) => ({
  base,
  plugins: [
    chapters(),
    wat(),
    {
      enforce: 'pre',
      ...mdx({ remarkPlugins, rehypePlugins: rehypePlugins as never, providerImportSource: '@mdx-js/react' }),
    },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // config.plugins reach workers only in dev: the worker bundle needs its own (the training kernels' .wat)
  worker: { format: 'es', plugins: () => [wat()], rolldownOptions: { output: { chunkFileNames } } },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    // the prerenderer reads the manifest to preload each page's chapter chunk
    manifest: !isSsrBuild,
    assetsInlineLimit: 0,
    rolldownOptions: { output: { chunkFileNames } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // a worker per core: Vitest's default leaves one idle, which on 2 cores made the suite 85 s, not 53 s
    maxWorkers: availableParallelism(),
  },
}));
