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
/** TRAINING_BUDGET_S: each row's time budget in seconds (src/ml/bench/run-rows.ts's ROW_BUDGET_S if unset) */
const BUDGET_S = process.env.TRAINING_BUDGET_S ? Number(process.env.TRAINING_BUDGET_S) : undefined;
/** the cpu-vs-wasm epoch check runs in Node when the run covers the reference CNN on both */
const AGREEMENT =
  ENVS.includes('node') &&
  ['cpu', 'wasm'].every((b) => BACKENDS.includes(b)) &&
  (!MODELS || MODELS.includes('reference-cnn'));

/**
 * @param {(row: object) => void} log
 * @returns {Promise<{ rows: object[], agreement: object | undefined }>}
 */
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
  let agreement;
  if (ENVS.includes('chromium')) rows.push(...(await benchChromium(log)));
  if (ENVS.includes('node')) {
    const { benchNode, benchAgreement } = await import(pathToFileURL(`${NODE_OUT}/node-entry.js`).href);
    // first: the training rows' backend choice may remove backends from this process's TF.js
    if (AGREEMENT) {
      agreement = await benchAgreement();
      console.log(describeAgreement(agreement));
    }
    rows.push(
      ...(await benchNode(log, {
        backends: BACKENDS.filter((b) => b !== 'webgl'),
        models: MODELS,
        budgetS: BUDGET_S,
      })),
    );
  }
  return { rows, agreement };
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
      ([backends, models, budgetS]) =>
        /** @type {{ bench(b?: unknown, m?: unknown, s?: unknown): Promise<object[]> }} */ (
          /** @type {unknown} */ (window)
        ).bench(backends, models, budgetS),
      /** @type {const} */ ([BACKENDS, MODELS, BUDGET_S]),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** @param {any} row */
export function describeRow(row) {
  const what = `${row.env.padEnd(8)} ${row.backend.padEnd(6)} ${row.model.padEnd(14)} ${row.stock ? 'stock' : 'ours '}`;
  if (row.overBudget) return `${what}  over its budget of ${row.budgetS} s: stopped, not measured`;
  if (row.error) return `${what}  failed: ${row.error}`;
  return `${what}  epoch ${String(row.epochSeconds).padStart(7)} s  ${String(row.gflops).padStart(6)} GFLOP/s of ${row.peakGflops} (${Math.round(row.utilisation * 100)}%)  long tasks ${row.longTasks ?? '–'}  leaked ${row.leakedTensors}`;
}

/** @param {any} agreement */
export const describeAgreement = (agreement) =>
  `node     cpu/wasm ${agreement.model} one epoch (${agreement.samples} samples): loss ${agreement.cpuLoss} / ${agreement.wasmLoss}, gap ${(agreement.relativeGap * 100).toFixed(2)}%, ${agreement.learns ? 'learns' : 'does not learn'} (cpu ${agreement.cpuSeconds} s, wasm ${agreement.wasmSeconds} s)`;

/**
 * The targets, checked on the rows: the reference CNN within 0.25 s an epoch in Chromium and
 * 15× faster than stock TF.js's best backend there; 25% of the matMul peak; no long task on the page
 * while the worker trains; no tensor left behind; every row within its budget; cpu and wasm within 1%
 * of each other after an epoch, and learning.
 * @param {any[]} rows @param {any} [agreement] @returns {string[]}
 */
export function trainingMisses(rows, agreement) {
  const misses = [];
  if (agreement && !(agreement.relativeGap <= 0.01))
    misses.push(`cpu and wasm losses ${(agreement.relativeGap * 100).toFixed(2)}% apart after an epoch > 1%`);
  if (agreement && !agreement.learns) misses.push('wasm loss not below half its first after an epoch');
  const timed = rows.filter((r) => !r.error && !r.overBudget);
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
  for (const r of rows.filter((r) => r.overBudget))
    misses.push(`${r.env} ${r.backend} ${r.model}${r.stock ? ' stock' : ''}: over its ${r.budgetS} s budget`);
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
  const { rows: measured, agreement } = await benchTraining((row) => console.log(describeRow(row)));
  const path = 'bench/results.json';
  const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const keys = new Set(measured.map(rowKey));
  const training = [
    ...(results.training ?? []).filter((/** @type {any} */ row) => !keys.has(rowKey(row))),
    ...measured,
  ];
  const kept = agreement ?? results.agreement;
  writeFileSync(path, JSON.stringify({ ...results, training, agreement: kept }, null, 2) + '\n');
  console.log(`wrote ${measured.length} training rows to ${path}`);
  const misses = trainingMisses(training, kept);
  console.log(misses.length ? `targets missed:\n  ${misses.join('\n  ')}` : 'all training targets met');
}
