// @ts-check
/**
 * The training section of `npm run bench`: the reference CNN, the residual net and the LSTM trained
 * per backend, stock TF.js beside the book's kernels, in headless Chromium (in the bench's worker, long
 * tasks counted on the page) and in Node. Returns the rows for bench/results.json's `training`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import wat from './wasm/wat-plugin.mjs';

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
    plugins: [wat()],
    root: 'bench/training-page',
    base: './',
    worker: { format: 'es', plugins: () => [wat()] },
    build: { outDir: '../../' + PAGE_OUT, emptyOutDir: true, assetsInlineLimit: 0 },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [wat()],
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

/**
 * The targets, checked on the rows: the reference CNN within 0.25 s an epoch in Chromium and
 * 15× faster than stock TF.js's best backend there; 25% of the matMul peak; no long task on the page
 * while the worker trains; no tensor left behind.
 * @param {any[]} rows @returns {string[]}
 */
export function trainingMisses(rows) {
  const misses = [];
  const timed = rows.filter((r) => !r.error);
  const cnn = timed.filter((r) => r.env === 'chromium' && r.model === 'reference-cnn');
  const ours = Math.min(...cnn.filter((r) => !r.stock).map((r) => r.epochSeconds));
  const stock = Math.min(...cnn.filter((r) => r.stock).map((r) => r.epochSeconds));
  if (!(ours <= 0.25)) misses.push(`reference CNN: ${ours} s an epoch > 0.25 s`);
  if (!(stock / ours >= 15))
    misses.push(`reference CNN: ${(stock / ours).toFixed(1)}× stock TF.js's best < 15×`);
  for (const r of timed.filter((r) => !r.stock && r.backend === 'wasm')) {
    if (r.utilisation < 0.25)
      misses.push(`${r.env} wasm ${r.model}: ${Math.round(r.utilisation * 100)}% of the matMul peak < 25%`);
  }
  for (const r of timed) {
    if (r.longTasks)
      misses.push(`${r.env} ${r.backend} ${r.model}: ${r.longTasks} long tasks while training`);
    if (r.leakedTensors) misses.push(`${r.env} ${r.backend} ${r.model}: ${r.leakedTensors} tensors leaked`);
  }
  return misses;
}

/** @param {any} row a row's identity: the same model, backend, env and stock-or-ours */
const rowKey = (row) => [row.model, row.backend, row.env, row.stock].join(' ');

// `node scripts/bench-training.mjs` alone: replaces the rows it measured in bench/results.json's
// `training`, and keeps the others (a run narrowed by TRAINING_* leaves the rest of the table)
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const measured = await benchTraining((row) => console.log(describeRow(row)));
  const path = 'bench/results.json';
  const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const keys = new Set(measured.map(rowKey));
  const training = [
    ...(results.training ?? []).filter((/** @type {any} */ row) => !keys.has(rowKey(row))),
    ...measured,
  ];
  writeFileSync(path, JSON.stringify({ ...results, training }, null, 2) + '\n');
  console.log(`wrote ${measured.length} training rows to ${path}`);
  const misses = trainingMisses(training);
  console.log(misses.length ? `targets missed:\n  ${misses.join('\n  ')}` : 'all training targets met');
}
