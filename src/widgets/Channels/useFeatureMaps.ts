import { useEffect, useState } from 'react';
import { addBias } from '../../models/conv2d/channels';
import { conv2dTf } from '../../models/conv2d/conv2d-tf';
import type { Kernels, Volume } from '../../models/conv2d/volume';
import type { TfState } from '../../ml/page/useTf';
import { CONV_OPTIONS } from './state';

/**
 * All C_out feature maps, computed by TF.js (one conv2d over the input with every kernel at once) plus
 * each kernel's bias. Null until the first result; while a new one is computed the last one stays.
 * @returns [h', w', cOut]
 */
export function useFeatureMaps(
  tf: TfState,
  x: Volume | null,
  kernels: Kernels,
  biases: readonly number[],
): Volume | null {
  const [maps, setMaps] = useState<Volume | null>(null);
  useEffect(() => {
    if (tf.status !== 'ready' || !x) return undefined;
    let current = true;
    void conv2dTf(tf.runtime.tf, x, kernels, CONV_OPTIONS).then(
      (y) => current && setMaps(addBias(y, biases)),
    );
    return () => {
      current = false;
    };
  }, [tf, x, kernels, biases]);
  return maps;
}
