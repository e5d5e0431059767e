// @ts-check
/**
 * The training section of `npm run bench`: the reference CNN, the residual net and the LSTM trained
 * per backend, stock TF.js beside the book's kernels, in headless Chromium (in the book's worker, long
 * tasks counted on the page) and in Node. Returns the rows for bench/results.json's `training`.
 */
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const PAGE_OUT = 'dist-bench/page';
const NODE_OUT = 'dist-bench/node';
const BACKENDS = ['wasm', 'webgl', 'cpu'];

/** @param {(row: object) => void} log */
export async function benchTraining(log) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: 'bench/training-page',
    base: './',
    worker: { format: 'es' },
    build: { outDir: '../../' + PAGE_OUT, emptyOutDir: true, assetsInlineLimit: 0 },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    // TF.js bundled in: its packages must share one engine, and tfjs-core's deep imports lack extensions
    ssr: { noExternal: [/^@tensorflow\//] },
    build: { ssr: 'src/ml/bench/node-entry.ts', outDir: NODE_OUT, emptyOutDir: true },
  });
  const rows = [];
  const server = await serve(PAGE_OUT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.exposeFunction('benchLog', log);
    await page.goto(server.url);
    await page.waitForFunction(() => 'bench' in window);
    rows.push(
      ...(await page.evaluate(
        (backends) =>
          /** @type {{ bench(b: string[]): Promise<object[]> }} */ (/** @type {unknown} */ (window)).bench(
            backends,
          ),
        BACKENDS,
      )),
    );
  } finally {
    await browser.close();
    await server.close();
  }
  const { benchNode } = await import(pathToFileURL(`${NODE_OUT}/node-entry.js`).href);
  rows.push(...(await benchNode(log)));
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchTraining((row) => console.log(JSON.stringify(row)));
  console.log(`${rows.length} rows`);
}
