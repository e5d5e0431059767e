import type { GradConfig, KernelConfig } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { conv2dBackpropFilterConfig } from './conv2d-backprop-filter';
import { conv2dBackpropInputConfig } from './conv2d-backprop-input';
import { conv2dDilatedGradientConfig } from './conv2d-dilated-gradient';
import { lstmSequenceConfigs } from './lstm-sequence';
import { maxPoolGradConfig } from './max-pool-grad';
import { meanConfig, sumConfig } from './column-sum';
import { tileConfig } from './tile';

/** wasm's own kernels that ours replaced (undefined where wasm had none), to go back to for comparison */
const stock = new Map<string, KernelConfig | undefined>();
/** TF.js's own gradient of Conv2D, which ours extends to dilated convolutions, to go back to likewise */
let stockConv2dGradient: GradConfig | undefined;

function swap(tf: Tf, config: KernelConfig | undefined, kernelName: string): void {
  if (tf.getKernel(kernelName, 'wasm')) tf.unregisterKernel(kernelName, 'wasm');
  if (config) tf.registerKernel(config);
}

/**
 * Makes TF.js's wasm backend able to train the book's models, fast and right: registers the gradient
 * kernels it lacks and replaces the ones that are slow or wrong. Call it after the wasm backend's
 * module has loaded (which registers wasm's own kernels); calling it again is harmless. It also lets
 * every backend train dilated convolutions: gradients are not per backend, so that one is global,
 * and needs TF.js's gradients loaded first (without them nothing trains, and it is left out).
 */
export function registerWasmTrainingKernels(tf: Tf): void {
  // wasm's own kernels that ours hand the cases they do not speed up to
  const [wasmSum, wasmMean, wasmTile] = [tf.Sum, tf.Mean, tf.Tile].map(
    (name) => stock.get(name) ?? tf.getKernel(name, 'wasm'),
  );
  if (!wasmSum || !wasmMean || !wasmTile)
    throw new Error('load the wasm backend before registering its training kernels');
  const configs = [
    conv2dBackpropFilterConfig(tf),
    conv2dBackpropInputConfig(tf),
    maxPoolGradConfig(tf),
    sumConfig(tf, wasmSum),
    meanConfig(tf, wasmMean),
    tileConfig(tf, wasmTile),
    ...lstmSequenceConfigs(tf),
  ];
  for (const config of configs) {
    if (!stock.has(config.kernelName)) stock.set(config.kernelName, tf.getKernel(config.kernelName, 'wasm'));
    // keep wasm's own set-up for the kernel: it binds wasm's functions when the backend starts, and a
    // kernel of ours may call wasm's (Sum does), as may wasm's kernel when it is put back
    const own = stock.get(config.kernelName);
    swap(tf, { ...config, setupFunc: own?.setupFunc, disposeFunc: own?.disposeFunc }, config.kernelName);
  }
  stockConv2dGradient ??= tf.getGradient(tf.Conv2D);
  if (stockConv2dGradient) tf.registerGradient(conv2dDilatedGradientConfig(tf, stockConv2dGradient));
}

/** Puts wasm's own kernels back (stock TF.js), for the benchmarks that compare the two. */
export function restoreStockWasmKernels(tf: Tf): void {
  for (const [kernelName, config] of stock) swap(tf, config, kernelName);
  if (stockConv2dGradient) tf.registerGradient(stockConv2dGradient);
}
