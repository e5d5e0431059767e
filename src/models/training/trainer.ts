import type * as TfCore from '@tensorflow/tfjs-core';
import { seededRandom } from '../random';
import { datasetFor, type Dataset } from './datasets';
import { lstm, LSTM_FLOPS } from './lstm';
import type { ModelName, Tf, TrainableModel } from './model';
import { referenceCnn, REFERENCE_CNN_FLOPS } from './reference-cnn';
import { RESIDUAL_FLOPS, residualNet } from './residual-net';

export const MODELS: Record<ModelName, (tf: Tf, seed: number) => TrainableModel> = {
  'reference-cnn': referenceCnn,
  'residual-8x16': residualNet,
  'lstm-64x30': lstm,
};

/** each model's training FLOPs per sample, without building it */
export const TRAINING_FLOPS: Record<ModelName, number> = {
  'reference-cnn': REFERENCE_CNN_FLOPS,
  'residual-8x16': RESIDUAL_FLOPS,
  'lstm-64x30': LSTM_FLOPS,
};

/** What the trainer needs of an optimiser: TF.js's Adam, or a faster one with the same maths. */
export interface Minimizer {
  minimize(loss: () => TfCore.Scalar): TfCore.Scalar;
  dispose(): void;
}

export interface AdamFactory {
  (tf: Tf, variables: TfCore.Variable[], learningRate: number): Minimizer;
}

/** TF.js's own AdamOptimizer (β₁ 0.9, β₂ 0.999, ε the backend's) */
export const tfjsAdam: AdamFactory = (tf, variables, learningRate) => {
  const adam = tf.train.adam(learningRate);
  return {
    minimize: (loss) => adam.minimize(loss, true, variables) as TfCore.Scalar,
    dispose: () => adam.dispose(),
  };
};

export interface TrainConfig {
  model: ModelName;
  seed: number;
  /** samples in the data set: one epoch */
  samples: number;
  batchSize: number;
  learningRate: number;
}

/**
 * Trains one model with Adam on its seeded data set, a batch at a time, in a seeded order: the same
 * config on the same backend gives the same losses. The weights can be saved and put back (to carry
 * on elsewhere after a backend fails). Everything it makes is freed by `dispose`.
 */
export class Trainer {
  readonly model: TrainableModel;
  private readonly data: Dataset;
  private readonly optimizer: Minimizer;
  private readonly order: () => number;
  private batches: number[][] = [];
  epoch = 0;

  constructor(
    private readonly tf: Tf,
    readonly config: TrainConfig,
    { weights, adam = tfjsAdam }: { weights?: Float32Array[] | undefined; adam?: AdamFactory } = {},
  ) {
    this.model = MODELS[config.model](tf, config.seed);
    if (weights) this.setWeights(weights);
    this.data = datasetFor(config.model, config.samples, config.seed + 1);
    this.optimizer = adam(tf, this.model.variables, config.learningRate);
    this.order = seededRandom(config.seed + 2);
  }

  get stepsPerEpoch(): number {
    return Math.ceil(this.config.samples / this.config.batchSize);
  }

  /** One optimiser step on the next batch; returns the batch's loss. */
  async step(): Promise<number> {
    if (this.batches.length === 0) this.startEpoch();
    const batch = this.batches.shift() as number[];
    const tf = this.tf;
    const { inputs, targets, inputShape, targetShape, samples } = this.data;
    const loss = tf.tidy(() => {
      const x = tf.tensor(gatherRows(inputs, inputs.length / samples, batch), [batch.length, ...inputShape]);
      const y = tf.tensor(gatherRows(targets, targets.length / samples, batch), [
        batch.length,
        ...targetShape,
      ]);
      return this.optimizer.minimize(() => this.model.loss(x, y));
    });
    const [value] = await loss.data();
    loss.dispose();
    return value as number;
  }

  /** The weights as plain arrays, in the model's variable order. */
  async weights(): Promise<Float32Array[]> {
    return Promise.all(this.model.variables.map(async (v) => (await v.data()) as Float32Array));
  }

  setWeights(weights: Float32Array[]): void {
    this.model.variables.forEach((v, i) =>
      this.tf.tidy(() => v.assign(this.tf.tensor(weights[i] as Float32Array, v.shape))),
    );
  }

  dispose(): void {
    this.tf.dispose(this.model.variables);
    this.optimizer.dispose();
  }

  private startEpoch(): void {
    const indices = Array.from({ length: this.config.samples }, (_, i) => i);
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(this.order() * (i + 1));
      [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
    }
    const size = this.config.batchSize;
    this.batches = Array.from({ length: this.stepsPerEpoch }, (_, b) =>
      indices.slice(b * size, (b + 1) * size),
    );
    this.epoch++;
  }
}

/** The rows `rows` of a [samples, …] array whose rows hold `size` values each, copied into one batch. */
function gatherRows(values: Float32Array, size: number, rows: number[]): Float32Array {
  const batch = new Float32Array(rows.length * size);
  rows.forEach((row, i) => batch.set(values.subarray(row * size, (row + 1) * size), i * size));
  return batch;
}
