import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import {
  LSTM_SEQUENCE,
  LSTM_SEQUENCE_GRAD,
  type LstmSequenceAttrs,
} from '../../models/training/lstm-sequence';
import type { Tf } from '../types';
import { columnSumInto } from './column-sum';
import { WasmOps, type WasmBackend } from './wasm-ops';

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** one step's [batch, 4·hidden] block of a time-major [steps·batch, …] tensor, and so on */
const rowsOf = (values: Float32Array, step: number, rows: number, width: number) =>
  values.subarray(step * rows * width, (step + 1) * rows * width);

/**
 * One LSTM step for a batch, element-wise, after the matrix products: from the gates' inputs
 * (`projected` x_t·W_x, plus `recurrent` h·W_h when h is not zero, plus `bias`) to the activations
 * i, j, f, o (kept for the gradient), the new cell state and the new hidden state.
 */
function forwardStep(
  s: {
    projected: Float32Array;
    recurrent: Float32Array | undefined;
    bias: Float32Array;
    cellsBefore: Float32Array | undefined;
    acts: Float32Array;
    cells: Float32Array;
    hidden: Float32Array;
  },
  batch: number,
  units: number,
  forgetBias: number,
): void {
  const gates = 4 * units;
  const { projected, recurrent, bias } = s;
  for (let b = 0; b < batch; b++)
    for (let k = 0; k < units; k++) {
      const g = b * gates + k;
      let zi = (projected[g] as number) + (bias[k] as number);
      let zj = (projected[g + units] as number) + (bias[k + units] as number);
      let zf = (projected[g + 2 * units] as number) + (bias[k + 2 * units] as number);
      let zo = (projected[g + 3 * units] as number) + (bias[k + 3 * units] as number);
      if (recurrent) {
        zi += recurrent[g] as number;
        zj += recurrent[g + units] as number;
        zf += recurrent[g + 2 * units] as number;
        zo += recurrent[g + 3 * units] as number;
      }
      const i = sigmoid(zi);
      const j = Math.tanh(zj);
      const f = sigmoid(zf + forgetBias);
      const o = sigmoid(zo);
      const u = b * units + k;
      const c = i * j + f * (s.cellsBefore ? (s.cellsBefore[u] as number) : 0);
      s.acts[g] = i;
      s.acts[g + units] = j;
      s.acts[g + 2 * units] = f;
      s.acts[g + 3 * units] = o;
      s.cells[u] = c;
      s.hidden[u] = Math.tanh(c) * o;
    }
}

/**
 * One step of backpropagation through time, element-wise: from the gradient reaching this step's
 * hidden state (`dh`) and cell state (`dc`, updated in place to the previous step's), the gradient of
 * the four gates' inputs, written to `dGates`.
 */
function backwardStep(
  s: {
    acts: Float32Array;
    cells: Float32Array;
    cellsBefore: Float32Array | undefined;
    dh: Float32Array;
    dc: Float32Array;
    dGates: Float32Array;
  },
  batch: number,
  units: number,
): void {
  const gates = 4 * units;
  for (let b = 0; b < batch; b++)
    for (let k = 0; k < units; k++) {
      const g = b * gates + k;
      const u = b * units + k;
      const i = s.acts[g] as number;
      const j = s.acts[g + units] as number;
      const f = s.acts[g + 2 * units] as number;
      const o = s.acts[g + 3 * units] as number;
      const tanhC = Math.tanh(s.cells[u] as number);
      const dh = s.dh[u] as number;
      const dc = (s.dc[u] as number) + dh * o * (1 - tanhC * tanhC);
      s.dGates[g] = dc * j * i * (1 - i);
      s.dGates[g + units] = dc * i * (1 - j * j);
      s.dGates[g + 2 * units] = dc * (s.cellsBefore ? (s.cellsBefore[u] as number) : 0) * f * (1 - f);
      s.dGates[g + 3 * units] = dh * tanhC * o * (1 - o);
      s.dc[u] = dc * f;
    }
}

/**
 * Rows [from, from + rows) of the [·, 4·hidden] kernel, transposed: [1, 4·hidden, rows], the right
 * operand of a product with a gates' gradient. wasm's product is fast only when neither operand is
 * transposed on the way in (a transposed one takes a plain loop, 15× slower for the weights'
 * gradient here), so the kernels lay out what they multiply themselves.
 */
function transposedRows(ops: WasmOps, kernel: TensorInfo, from: number, rows: number): TensorInfo {
  const gates = kernel.shape[1] as number;
  const out = ops.allocate([1, gates, rows]);
  const target = ops.view(out);
  const source = ops.view(kernel);
  for (let r = 0; r < rows; r++)
    for (let g = 0; g < gates; g++) target[g * rows + r] = source[(from + r) * gates + g] as number;
  return out;
}

/** a [1, rows, columns] copy of rows [from, from + rows) of a [·, columns] tensor */
function rowsTensor(ops: WasmOps, source: TensorInfo, from: number, rows: number): TensorInfo {
  const columns = source.shape[1] as number;
  const out = ops.allocate([1, rows, columns]);
  ops.view(out).set(ops.view(source).subarray(from * columns, (from + rows) * columns));
  return out;
}

const product = (ops: WasmOps, a: TensorInfo, b: TensorInfo) =>
  ops.run('BatchMatMul', { a, b }, { transposeA: false, transposeB: false });

/** x [batch, steps, features] into `out`, time-major [steps, batch, features], or back with `back` */
function swapBatchAndTime(
  out: Float32Array,
  values: Float32Array,
  [batch, steps, features]: readonly [number, number, number],
  back = false,
): void {
  for (let b = 0; b < batch; b++)
    for (let t = 0; t < steps; t++) {
      const batchMajor = (b * steps + t) * features;
      const timeMajor = (t * batch + b) * features;
      for (let f = 0; f < features; f++)
        if (back) out[batchMajor + f] = values[timeMajor + f] as number;
        else out[timeMajor + f] = values[batchMajor + f] as number;
    }
}

/**
 * The forward kernel: a whole sequence through the LSTM in one call, on wasm's matrix product. The
 * inputs' share of every step's gates is one product for all steps; each step then needs only
 * h·W_h (none at the first, where h is zero) and a pass of element-wise maths. Outputs: the last
 * hidden state [batch, hidden], and for the gradient: what the weights met, [x_t, h] of every step
 * and sample as columns, [features + hidden, steps·batch]; and time-major [steps·batch, …], the gates'
 * activations and the cell states.
 */
function forwardKernel(tf: Tf): KernelFunc {
  return ({ inputs, attrs, backend }) => {
    const { x, kernel, bias } = inputs as { x: TensorInfo; kernel: TensorInfo; bias: TensorInfo };
    const { forgetBias } = attrs as unknown as LstmSequenceAttrs;
    const [batch, steps, features] = x.shape as [number, number, number];
    const gates = kernel.shape[1] as number;
    const units = gates / 4;
    const rows = steps * batch;
    const ops = new WasmOps(tf, backend as WasmBackend);
    const hidden = ops.allocate([batch, units]);
    const met = ops.allocate([features + units, rows]);
    const acts = ops.allocate([rows, gates]);
    const cells = ops.allocate([rows, units]);
    const xByTime = ops.allocate([1, rows, features]);
    const inputWeights = rowsTensor(ops, kernel, 0, features);
    const recurrentWeights = rowsTensor(ops, kernel, features, units);
    swapBatchAndTime(ops.view(xByTime), ops.view(x), [batch, steps, features]);
    const metView = ops.view(met);
    const xView = ops.view(xByTime);
    for (let row = 0; row < rows; row++)
      for (let f = 0; f < features; f++) metView[f * rows + row] = xView[row * features + f] as number;
    for (let k = 0; k < units; k++) metView.fill(0, (features + k) * rows, (features + k) * rows + batch);
    const projected = product(ops, xByTime, inputWeights);
    let previous: TensorInfo | undefined;
    for (let t = 0; t < steps; t++) {
      const recurrent = previous && product(ops, previous, recurrentWeights);
      const next = t < steps - 1 ? ops.allocate([1, batch, units]) : hidden;
      const cellsView = ops.view(cells);
      const h = ops.view(next);
      forwardStep(
        {
          projected: rowsOf(ops.view(projected), t, batch, gates),
          recurrent: recurrent && ops.view(recurrent),
          bias: ops.view(bias),
          cellsBefore: t > 0 ? rowsOf(cellsView, t - 1, batch, units) : undefined,
          acts: rowsOf(ops.view(acts), t, batch, gates),
          cells: rowsOf(cellsView, t, batch, units),
          hidden: h,
        },
        batch,
        units,
        forgetBias,
      );
      if (t < steps - 1) {
        const columns = ops.view(met);
        const column = (t + 1) * batch;
        for (let b = 0; b < batch; b++)
          for (let k = 0; k < units; k++)
            columns[(features + k) * rows + column + b] = h[b * units + k] as number;
      }
      if (recurrent) ops.free(recurrent);
      if (previous) ops.free(previous);
      previous = next;
    }
    return ops.keepAll([hidden, met, acts, cells]);
  };
}

/**
 * The gradient kernel: backpropagation through time in one call. Going back step by step needs one
 * product a step (the gates' gradient times W_hᵀ, for the previous hidden state); the weights'
 * gradient is then one product for all steps, [x_t, h] as columns times the gates' gradient, the
 * bias's a column sum, and the inputs' one product with W_xᵀ.
 */
function gradientKernel(tf: Tf): KernelFunc {
  return ({ inputs, backend }) => {
    const { dy, kernel, met, acts, cells } = inputs as Record<
      'dy' | 'kernel' | 'met' | 'acts' | 'cells',
      TensorInfo
    >;
    const [batch, units] = dy.shape as [number, number];
    const gates = 4 * units;
    const [width, rows] = met.shape as [number, number];
    const features = width - units;
    const steps = rows / batch;
    const ops = new WasmOps(tf, backend as WasmBackend);
    const dGates = ops.allocate([1, rows, gates]);
    const recurrentWeightsT = transposedRows(ops, kernel, features, units);
    const dh = Float32Array.from(ops.view(dy));
    const dc = new Float32Array(batch * units);
    for (let t = steps - 1; t >= 0; t--) {
      const step = t > 0 ? ops.allocate([1, batch, gates]) : undefined;
      const cellsView = ops.view(cells);
      const dGatesNow = rowsOf(ops.view(dGates), t, batch, gates);
      backwardStep(
        {
          acts: rowsOf(ops.view(acts), t, batch, gates),
          cells: rowsOf(cellsView, t, batch, units),
          cellsBefore: t > 0 ? rowsOf(cellsView, t - 1, batch, units) : undefined,
          dh,
          dc,
          dGates: dGatesNow,
        },
        batch,
        units,
      );
      if (!step) continue;
      ops.view(step).set(dGatesNow);
      const dhBefore = product(ops, step, recurrentWeightsT);
      dh.set(ops.view(dhBefore));
      ops.free(dhBefore);
      ops.free(step);
    }
    const dKernel = product(ops, { ...met, shape: [1, width, rows] }, dGates);
    const dxByTime = product(ops, dGates, transposedRows(ops, kernel, 0, features));
    const dBias = ops.allocate([gates]);
    const dx = ops.allocate([batch, steps, features]);
    columnSumInto(ops.view(dBias), ops.view(dGates), rows, gates);
    swapBatchAndTime(ops.view(dx), ops.view(dxByTime), [batch, steps, features], true);
    ops.keepAll([dx, dKernel, dBias]);
    return [dx, { ...dKernel, shape: [width, gates] }, dBias];
  };
}

/** The LSTM sequence kernels for wasm (see `lstmLastState`). */
export function lstmSequenceConfigs(tf: Tf): KernelConfig[] {
  return [
    { kernelName: LSTM_SEQUENCE, backendName: 'wasm', kernelFunc: forwardKernel(tf) },
    { kernelName: LSTM_SEQUENCE_GRAD, backendName: 'wasm', kernelFunc: gradientKernel(tf) },
  ];
}
