import { describe, expect, it } from 'vitest';
import { referenceConv2d } from '../reference/conv2d';
import { edgeContrast, stepEdge } from './edge-response';
import { PRESETS, type PresetName } from './presets';
import { singleKernel } from './volume';

/** The same spread measured on the plain-loop reference convolution. */
function referenceContrast(name: PresetName, orientation: 'vertical' | 'horizontal'): number {
  const y = referenceConv2d(stepEdge(6, orientation), singleKernel(PRESETS[name]), {
    stride: 1,
    pad: 0,
    dilation: 1,
  });
  return Math.max(...y.data) - Math.min(...y.data);
}

describe('stepEdge', () => {
  it('is dark on one side and bright on the other', () => {
    expect(Array.from(stepEdge(4, 'vertical').data.slice(0, 4))).toEqual([0, 0, 1, 1]);
    expect(Array.from(stepEdge(4, 'horizontal').data.slice(0, 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(stepEdge(4, 'horizontal').data[12]).toBe(1);
  });
});

describe('edgeContrast', () => {
  it('sees vertical edges with the vertical-edge and Sobel kernels only', () => {
    expect(edgeContrast(PRESETS.verticalEdge, 'vertical')).toBeCloseTo(3);
    expect(edgeContrast(PRESETS.verticalEdge, 'horizontal')).toBeCloseTo(0);
    expect(edgeContrast(PRESETS.sobel, 'vertical')).toBeCloseTo(4);
    expect(edgeContrast(PRESETS.horizontalEdge, 'vertical')).toBeCloseTo(0);
    expect(edgeContrast(PRESETS.horizontalEdge, 'horizontal')).toBeCloseTo(3);
  });

  it('gives symmetric kernels the same answer in both directions', () => {
    for (const name of ['identity', 'box', 'gaussian', 'sharpen', 'laplacian', 'emboss'] as const) {
      expect(edgeContrast(PRESETS[name], 'vertical')).toBeCloseTo(
        edgeContrast(PRESETS[name], 'horizontal'),
        6,
      );
    }
  });

  it('agrees with the reference convolution for every preset', () => {
    for (const name of Object.keys(PRESETS) as PresetName[]) {
      for (const orientation of ['vertical', 'horizontal'] as const) {
        expect(edgeContrast(PRESETS[name], orientation)).toBeCloseTo(referenceContrast(name, orientation), 5);
      }
    }
  });
});
