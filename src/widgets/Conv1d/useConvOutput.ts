import { useEffect, useState } from 'react';
import type { Padding } from '../../models/conv1d';
import { conv1dTf } from '../../models/conv1d';
import type { TfState } from '../../ml/page/useTf';

/**
 * The convolution's output, recomputed by TF.js whenever the inputs change. Until the first result
 * arrives it is null; while a new one is computed the last one stays on screen.
 */
export function useConvOutput(
  tf: TfState,
  signal: readonly number[],
  kernel: readonly number[],
  padding: Padding,
): Float32Array | null {
  const [output, setOutput] = useState<Float32Array | null>(null);
  useEffect(() => {
    if (tf.status !== 'ready') return undefined;
    let current = true;
    void conv1dTf(tf.runtime.tf, signal, kernel, padding).then((y) => current && setOutput(y));
    return () => {
      current = false;
    };
  }, [tf, signal, kernel, padding]);
  return output;
}
