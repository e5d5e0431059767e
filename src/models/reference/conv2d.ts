import type { ConvOptions, Kernels, Volume } from '../conv2d/volume';

/**
 * Plain-loop 2-D convolution (cross-correlation, as deep learning uses it) written straight from the
 * definition, sharing nothing with the TF.js path it checks:
 * y[i][j][o] = Σ_u Σ_v Σ_c x[i·s − p + u·d][j·s − p + v·d][c] · w[u][v][c][o], x = 0 outside the image.
 */
export function referenceConv2d(x: Volume, w: Kernels, { stride, pad, dilation }: ConvOptions): Volume {
  const span = dilation * (w.k - 1) + 1;
  const h = Math.max(0, Math.floor((x.h + 2 * pad - span) / stride) + 1);
  const width = Math.max(0, Math.floor((x.w + 2 * pad - span) / stride) + 1);
  const out = new Float32Array(h * width * w.cOut);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < width; j++) {
      for (let o = 0; o < w.cOut; o++) {
        let sum = 0;
        for (let u = 0; u < w.k; u++) {
          for (let v = 0; v < w.k; v++) {
            const row = i * stride - pad + u * dilation;
            const col = j * stride - pad + v * dilation;
            if (row < 0 || row >= x.h || col < 0 || col >= x.w) continue;
            for (let c = 0; c < x.c; c++) {
              sum +=
                (x.data[(row * x.w + col) * x.c + c] as number) *
                (w.data[((u * w.k + v) * w.cIn + c) * w.cOut + o] as number);
            }
          }
        }
        out[(i * width + j) * w.cOut + o] = sum;
      }
    }
  }
  return { h, w: width, c: w.cOut, data: out };
}
