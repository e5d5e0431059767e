import { useEffect, useState } from 'react';
import { conv2dTf } from '../../models/conv2d/conv2d-tf';
import type { ConvOptions, Kernels, Volume } from '../../models/conv2d/volume';
import type { TfState } from '../../ml/page/useTf';
import { KERNEL_SIZE } from './state';

/** Stride 1, no padding ("valid"): every window lies wholly on the image. */
export const VALID: ConvOptions = { stride: 1, pad: 0, dilation: 1 };

/** A flat list of 3 × 3 weights, row by row, as TF's [3, 3, 1, 1] kernel. */
export const asKernel = (weights: readonly number[]): Kernels => ({
  k: KERNEL_SIZE,
  cIn: 1,
  cOut: 1,
  data: Float32Array.from(weights),
});

export interface FeatureMap {
  /** the weights it was computed with (the same array as the state's, until the reader edits them) */
  weights: readonly number[];
  map: Volume;
}

/**
 * The whole feature map, computed by TF.js whenever the image or the kernel changes. Null until the
 * first result; while a new one is computed the last stays, and its `weights` tell it apart.
 */
export function useFeatureMap(
  tf: TfState,
  image: Volume | null,
  weights: readonly number[],
): FeatureMap | null {
  const [result, setResult] = useState<FeatureMap | null>(null);
  useEffect(() => {
    if (tf.status !== 'ready' || !image) return undefined;
    let current = true;
    void conv2dTf(tf.runtime.tf, image, asKernel(weights), VALID).then(
      (map) => current && setResult({ weights, map }),
    );
    return () => {
      current = false;
    };
  }, [tf, image, weights]);
  return result;
}
