import { describe, expect, it } from 'vitest';
import { referenceConv2d } from '../reference/conv2d';
import { convParameterCount } from './parameters';
import { kernelBank, volume, type Kernels } from './volume';

describe('convParameterCount', () => {
  it('counts VGG’s first layer: 3×3 kernels, 3 → 64 channels, 1 792 parameters', () => {
    expect(convParameterCount({ k: 3, cIn: 3, cOut: 64 })).toBe(1792);
    expect(convParameterCount({ k: 3, cIn: 3, cOut: 64, bias: false })).toBe(1728);
    // VGG's second layer, 64 → 64
    expect(convParameterCount({ k: 3, cIn: 64, cOut: 64 })).toBe(36_928);
  });

  it('counts LeNet-5’s C1: 5×5 kernels, 1 → 6 channels, 156 parameters', () => {
    expect(convParameterCount({ k: 5, cIn: 1, cOut: 6 })).toBe(156);
    expect(convParameterCount({ k: 5, cIn: 1, cOut: 6, bias: false })).toBe(150);
  });

  it('counts AlexNet’s first layer: 11×11 kernels, 3 → 96 channels, 34 944 parameters', () => {
    expect(convParameterCount({ k: 11, cIn: 3, cOut: 96 })).toBe(34_944);
  });

  it('counts a bias by default and one per output channel', () => {
    expect(convParameterCount({ k: 1, cIn: 1, cOut: 1 })).toBe(2);
    expect(convParameterCount({ k: 1, cIn: 1, cOut: 1, bias: true })).toBe(2);
    expect(convParameterCount({ k: 1, cIn: 1, cOut: 1, bias: false })).toBe(1);
  });

  it('is the number of weights in a kernel bank plus one bias per kernel', () => {
    for (const k of [1, 2, 3, 5]) {
      for (const cOut of [1, 2, 6]) {
        const bank = kernelBank(
          Array.from({ length: cOut }, () => Array.from({ length: k }, () => new Array(k).fill(1))),
        );
        expect(convParameterCount({ k, cIn: 1, cOut })).toBe(bank.data.length + cOut);
        expect(convParameterCount({ k, cIn: 1, cOut, bias: false })).toBe(bank.data.length);
      }
    }
  });

  it('is the number of weights the convolution actually reads, plus cOut', () => {
    // all-ones kernels over an all-ones k × k input: each output is the count of weights in its kernel
    for (const k of [1, 2, 3, 4]) {
      for (const cIn of [1, 2, 3]) {
        for (const cOut of [1, 2, 4]) {
          const w: Kernels = { k, cIn, cOut, data: new Float32Array(k * k * cIn * cOut).fill(1) };
          const x = volume(k, k, cIn, new Float32Array(k * k * cIn).fill(1));
          const y = referenceConv2d(x, w, { stride: 1, pad: 0, dilation: 1 });
          const weightsRead = y.data.reduce((a, b) => a + b, 0);
          expect(convParameterCount({ k, cIn, cOut })).toBe(weightsRead + cOut);
          expect(convParameterCount({ k, cIn, cOut })).toBe(w.data.length + cOut);
        }
      }
    }
  });
});
