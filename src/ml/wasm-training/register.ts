import type { KernelConfig } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { conv2dBackpropFilterConfig } from './conv2d-backprop-filter';
import { conv2dBackpropInputConfig } from './conv2d-backprop-input';
import { maxPoolGradConfig } from './max-pool-grad';

/**
 * Makes TF.js's wasm backend able to train the book's models, fast and right: registers the gradient
 * kernels it lacks and replaces the ones that are slow or wrong. Safe to call more than once.
 */
export function registerWasmTrainingKernels(tf: Tf): void {
  const configs: KernelConfig[] = [
    conv2dBackpropFilterConfig(tf),
    conv2dBackpropInputConfig(tf),
    maxPoolGradConfig(tf),
  ];
  for (const config of configs) {
    if (tf.getKernel(config.kernelName, config.backendName)) {
      tf.unregisterKernel(config.kernelName, config.backendName);
    }
    tf.registerKernel(config);
  }
}
