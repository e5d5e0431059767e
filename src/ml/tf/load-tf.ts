import { browserBackends } from './backends';
import { chooseBackend, convBenchmark } from './choose-backend';
import { BACKENDS, type BackendName, type TfRuntime } from '../types';

const REMEMBER_KEY = 'dl-backend';
const START_TIMEOUT_MS = 5000;
/** the benchmark (a 32×32×8 conv and a 128² matMul) under 4 ms: a quarter frame, fast enough for every widget */
const GOOD_ENOUGH_MS = 4;

let runtime: Promise<TfRuntime> | undefined;

/**
 * The one way into TF.js. The first call downloads it (a separate chunk: pages without a model never
 * fetch it), picks the fastest backend this browser offers and remembers it for the tab; later calls
 * share the result. `?backend=cpu` (or wasm, webgl, webgpu) in the page's URL tries that one first.
 */
export function loadTf(): Promise<TfRuntime> {
  runtime ??= start().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

async function start(): Promise<TfRuntime> {
  const tf = await import('@tensorflow/tfjs-core');
  const { backend, trials } = await chooseBackend(tf, browserBackends, {
    timeoutMs: START_TIMEOUT_MS,
    benchmark: convBenchmark,
    preferred: requestedBackend() ?? rememberedBackend(),
    goodEnoughMs: GOOD_ENOUGH_MS,
  });
  try {
    sessionStorage.setItem(REMEMBER_KEY, backend);
  } catch {
    // no storage: the next page measures again
  }
  // for the end-to-end tests (tensor counts) and for curious readers in the console
  (globalThis as { deepLearningLiveTf?: typeof tf }).deepLearningLiveTf = tf;
  const simd = backend === 'wasm' && (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  return { tf, backend, label: simd ? 'wasm (SIMD)' : backend, trials };
}

const asBackend = (value: string | null): BackendName | undefined => BACKENDS.find((b) => b === value);

function requestedBackend(): BackendName | undefined {
  return asBackend(new URLSearchParams(location.search).get('backend'));
}

function rememberedBackend(): BackendName | undefined {
  try {
    return asBackend(sessionStorage.getItem(REMEMBER_KEY));
  } catch {
    return undefined;
  }
}
