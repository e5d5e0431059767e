import type * as TfCore from '@tensorflow/tfjs-core';

export type Tf = typeof TfCore;
export type ModelName = 'reference-cnn' | 'residual-8x16' | 'lstm-64x30';

/** A model the book trains: its weights, its loss on a batch, and what one training sample costs. */
export interface TrainableModel {
  readonly name: ModelName;
  readonly variables: TfCore.Variable[];
  /** the batch's mean loss (call inside the optimiser's minimize, which records the gradients) */
  loss(x: TfCore.Tensor, y: TfCore.Tensor): TfCore.Scalar;
  /**
   * Floating-point operations to train on one sample: 2 per multiply-add of the convolutions and
   * matrix products, three times over (forward, input gradient, weight gradient). Counted from the
   * layer shapes; the element-wise work is left out.
   */
  readonly trainingFlopsPerSample: number;
}
