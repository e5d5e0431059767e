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
  private readonly data: { x: TfCore.Tensor; y: TfCore.Tensor };
  private readonly optimizer: TfCore.AdamOptimizer;
  private readonly order: () => number;
  private batches: number[][] = [];
  epoch = 0;

  constructor(
    private readonly tf: Tf,
    readonly config: TrainConfig,
    weights?: Float32Array[],
  ) {
    this.model = MODELS[config.model](tf, config.seed);
    if (weights) this.setWeights(weights);
    const dataset: Dataset = datasetFor(config.model, config.samples, config.seed + 1);
    this.data = {
      x: tf.tensor(dataset.inputs, [dataset.samples, ...dataset.inputShape]),
      y: tf.tensor(dataset.targets, [dataset.samples, ...dataset.targetShape]),
    };
    this.optimizer = tf.train.adam(config.learningRate);
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
    const loss = tf.tidy(() => {
      const indices = tf.tensor1d(batch, 'int32');
      const x = tf.gather(this.data.x, indices);
      const y = tf.gather(this.data.y, indices);
      return this.optimizer.minimize(
        () => this.model.loss(x, y),
        true,
        this.model.variables,
      ) as TfCore.Scalar;
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
    this.tf.dispose([this.data.x, this.data.y, ...this.model.variables]);
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
