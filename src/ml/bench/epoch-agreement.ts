import { Trainer, type TrainConfig } from '../../models/training/trainer';
import type { Tf } from '../types';
import { adamFor } from '../wasm-training/fused-adam';

/** One epoch of the reference CNN: the cpu backend needs about a minute for it in Node. */
export const AGREEMENT_EPOCH: TrainConfig = {
  model: 'reference-cnn',
  seed: 3,
  samples: 1000,
  batchSize: 32,
  learningRate: 1e-3,
};

/** `agreement` in bench/results.json: cpu and wasm (with the book's kernels) trained one epoch alike. */
export interface AgreementRow {
  model: string;
  samples: number;
  cpuLoss: number;
  wasmLoss: number;
  /** |wasm − cpu| / cpu after the epoch; the target is ≤ 1% */
  relativeGap: number;
  /** the wasm loss fell below half its first step's */
  learns: boolean;
  cpuSeconds: number;
  wasmSeconds: number;
}

async function epochLosses(tf: Tf, backend: 'cpu' | 'wasm', config: TrainConfig) {
  await tf.setBackend(backend);
  const t0 = performance.now();
  // what the book trains with: on wasm its kernels and fused Adam
  const trainer = new Trainer(tf, config, { adam: adamFor(tf) });
  const losses: number[] = [];
  for (let i = 0; i < trainer.stepsPerEpoch; i++) losses.push(await trainer.step());
  trainer.dispose();
  return { losses, seconds: (performance.now() - t0) / 1000 };
}

/** Trains one epoch on wasm and on cpu (both registered, wasm with the book's kernels). */
export async function epochAgreement(tf: Tf, config = AGREEMENT_EPOCH): Promise<AgreementRow> {
  const wasm = await epochLosses(tf, 'wasm', config);
  const cpu = await epochLosses(tf, 'cpu', config);
  const [wasmLoss, cpuLoss] = [wasm.losses.at(-1) as number, cpu.losses.at(-1) as number];
  const round = (value: number) => Number(value.toPrecision(4));
  return {
    model: config.model,
    samples: config.samples,
    cpuLoss: round(cpuLoss),
    wasmLoss: round(wasmLoss),
    relativeGap: round(Math.abs(wasmLoss - cpuLoss) / cpuLoss),
    learns: wasmLoss < (wasm.losses[0] as number) / 2,
    cpuSeconds: round(cpu.seconds),
    wasmSeconds: round(wasm.seconds),
  };
}
