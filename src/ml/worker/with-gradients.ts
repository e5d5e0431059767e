import type { Tf } from '../types';

/** TF.js with its gradient functions registered: training needs them, inference does not. */
export async function withGradients(tf: () => Promise<Tf>): Promise<Tf> {
  const core = await tf();
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  return core;
}
