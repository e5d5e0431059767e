import { edgeContrast } from '../../models/conv2d/edge-response';
import { kernelSpan, outputSize, type Geometry } from '../../models/conv2d/geometry';
import { convParameterCount } from '../../models/conv2d/parameters';
import { PRESETS, type PresetName } from '../../models/conv2d/presets';
import { singleKernel, volume } from '../../models/conv2d/volume';
import { conv2dWindow } from '../../models/conv2d/window';

/**
 * The answers the exercises check, computed from the book's model code and never typed in, with the
 * wrong answers a reader is likely to give, each tagged with the slip that produces it.
 */

export type SizeMistake = 'noPadding' | 'noPlusOne' | 'noStride' | 'roundedUp';

/** Adds a likely wrong answer unless it is the right one, impossible, or already explained. */
function note<M extends string>(mistakes: Map<number, M>, answer: number, value: number, reason: M) {
  if (value !== answer && value >= 0 && !mistakes.has(value)) mistakes.set(value, reason);
}

/** The feature map's width for a geometry, and the widths one slip away from it. */
export function sizeSolution(g: Geometry) {
  const answer = outputSize(g);
  const span = kernelSpan(g);
  const padded = g.n + 2 * g.p;
  const mistakes = new Map<number, SizeMistake>();
  if (g.s > 1) note(mistakes, answer, outputSize({ ...g, s: 1 }), 'noStride');
  if (answer > 0) note(mistakes, answer, answer - 1, 'noPlusOne');
  if (g.p > 0) note(mistakes, answer, outputSize({ ...g, p: 0 }), 'noPadding');
  if (padded >= span) note(mistakes, answer, Math.ceil((padded - span) / g.s) + 1, 'roundedUp');
  return { answer, span, padded, mistakes };
}

/**
 * Up to four choices for the width at a stride: the right one and the likeliest slips (forgetting
 * the stride, the first position, the padding), in increasing order.
 */
export function strideChoices(g: Geometry): number[] {
  const { answer, mistakes } = sizeSolution(g);
  return [answer, ...[...mistakes.keys()].slice(0, 3)].sort((a, b) => a - b);
}

export type ParamsMistake = 'noBias' | 'extraBias' | 'noDepth' | 'oneKernel';

/** A layer's parameter count, and the counts one slip away from it. */
export function parameterSolution({
  k,
  cIn,
  cOut,
  bias,
}: {
  k: number;
  cIn: number;
  cOut: number;
  bias: boolean;
}) {
  const answer = convParameterCount({ k, cIn, cOut, bias });
  const mistakes = new Map<number, ParamsMistake>();
  note(mistakes, answer, convParameterCount({ k, cIn, cOut, bias: !bias }), bias ? 'noBias' : 'extraBias');
  note(mistakes, answer, convParameterCount({ k, cIn: 1, cOut, bias }), 'noDepth');
  note(mistakes, answer, convParameterCount({ k, cIn, cOut: 1, bias }), 'oneKernel');
  return { answer, mistakes };
}

/** A square grid from its values row by row. */
export function square(values: readonly number[]): number[][] {
  const k = Math.round(Math.sqrt(values.length));
  if (k * k !== values.length) throw new Error(`${values.length} values do not make a square`);
  return Array.from({ length: k }, (_, i) => values.slice(i * k, (i + 1) * k));
}

/**
 * One feature-map value: the kernel laid on a patch of the same size, products element by element,
 * summed. Also the value with the kernel turned 180° (the mathematicians' convolution), a common slip.
 */
export function featureSolution(patch: readonly number[], kernel: readonly number[]) {
  if (patch.length !== kernel.length) throw new Error('the patch and the kernel must have the same size');
  const rows = square(patch);
  const window = conv2dWindow(
    volume(rows.length, rows.length, 1, Float32Array.from(patch)),
    singleKernel(square(kernel)),
    0,
    0,
    {
      stride: 1,
      pad: 0,
      dilation: 1,
    },
  );
  const flipped = patch.reduce((sum, x, i) => sum + x * (kernel[kernel.length - 1 - i] as number), 0);
  return { answer: window.sum, flipped };
}

/**
 * How each kernel answers a vertical and a horizontal step edge (the spread of its outputs), and so
 * whether it finds vertical edges: it does when it answers the vertical edge more strongly.
 */
export function kernelVerdicts(options: readonly PresetName[]) {
  return options.map((name) => {
    const vertical = edgeContrast(PRESETS[name], 'vertical');
    const horizontal = edgeContrast(PRESETS[name], 'horizontal');
    return { name, vertical, horizontal, finds: vertical - horizontal > 1e-6 };
  });
}
