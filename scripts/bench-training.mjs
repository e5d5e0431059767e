// @ts-check
/**
 * The training section of `npm run bench`: the reference CNN, the residual net and the LSTM trained
 * per backend, stock TF.js beside the book's kernels, in headless Chromium (in the book's worker, long
 * tasks counted on the page) and in Node. Returns the rows for bench/results.json's `training`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const PAGE_OUT = 'dist-bench/page';
const NODE_OUT = 'dist-bench/node';
const list = (/** @type {string | undefined} */ value) => (value ? value.split(',') : undefined);
/** TRAINING_BACKENDS=wasm TRAINING_MODELS=reference-cnn TRAINING_ENVS=chromium narrow a run down */
const BACKENDS = list(process.env.TRAINING_BACKENDS) ?? ['wasm', 'webgl', 'cpu'];
const MODELS = list(process.env.TRAINING_MODELS);
const ENVS = list(process.env.TRAINING_ENVS) ?? ['chromium', 'node'];

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
    build: {
      ssr: 'src/ml/bench/node-entry.ts',
      outDir: NODE_OUT,
      emptyOutDir: true,
      // the wasm backend's Emscripten loader expects CommonJS's __dirname (rolldown shims require)
      rolldownOptions: {
        output: {
          banner: "const __dirname = new URL('.', import.meta.url).pathname;",
        },
      },
    },
  });
  const rows = [];
  if (ENVS.includes('chromium')) rows.push(...(await benchChromium(log)));
  if (ENVS.includes('node')) {
    const { benchNode } = await import(pathToFileURL(`${NODE_OUT}/node-entry.js`).href);
    rows.push(...(await benchNode(log, { backends: BACKENDS.filter((b) => b !== 'webgl'), models: MODELS })));
  }
  return rows;
}

/** @param {(row: object) => void} log @returns {Promise<object[]>} */
async function benchChromium(log) {
  const server = await serve(PAGE_OUT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.exposeFunction('benchLog', log);
    await page.goto(server.url);
    await page.waitForFunction(() => 'bench' in window);
    return await page.evaluate(
      ([backends, models]) =>
        /** @type {{ bench(b?: string[], m?: string[]): Promise<object[]> }} */ (
          /** @type {unknown} */ (window)
        ).bench(backends, models),
      [BACKENDS, MODELS],
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** @param {any} row */
export function describeRow(row) {
  const what = `${row.env.padEnd(8)} ${row.backend.padEnd(6)} ${row.model.padEnd(14)} ${row.stock ? 'stock' : 'ours '}`;
  if (row.error) return `${what}  failed: ${row.error}`;
  return `${what}  epoch ${String(row.epochSeconds).padStart(7)} s  ${String(row.gflops).padStart(6)} GFLOP/s of ${row.peakGflops} (${Math.round(row.utilisation * 100)}%)  long tasks ${row.longTasks ?? '–'}  leaked ${row.leakedTensors}`;
}

// `node scripts/bench-training.mjs` alone: replaces the training rows of bench/results.json
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const training = await benchTraining((row) => console.log(describeRow(row)));
  const path = 'bench/results.json';
  const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  writeFileSync(path, JSON.stringify({ ...results, training }, null, 2) + '\n');
  console.log(`wrote ${training.length} training rows to ${path}`);
}
