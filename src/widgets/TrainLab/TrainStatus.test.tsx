// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LangContext, type Lang } from '../../i18n';
import type { Trial } from '../../ml/types';
import { TrainStatus } from './TrainStatus';
import type { TrainRunView } from './useTrainRun';

const trials: Trial[] = [
  { name: 'wasm', ms: 41.26 },
  { name: 'webgl', passedOver: { than: 'wasm', factor: 8 } },
  { name: 'webgpu', failed: 'no WebGPU adapter' },
];

const run: TrainRunView = {
  status: { kind: 'choosing' },
  losses: [],
  trials,
  fallbacks: [],
  start: () => {},
  stop: () => {},
};

const shown = (lang: Lang) => {
  const { container, unmount } = render(
    <LangContext.Provider value={lang}>
      <TrainStatus run={run} steps={10} />
    </LangContext.Provider>,
  );
  const text = container.querySelector('.train-trials')?.textContent;
  unmount();
  return text;
};

describe('TrainStatus', () => {
  it('shows each backend tried: its step, that it was stopped as too slow, or why it could not run', () => {
    expect(shown('en')).toBe(
      'One training step took: wasm 41.3 ms · webgl over 8× slower than wasm (stopped early) · webgpu could not run (no WebGPU adapter).',
    );
    expect(shown('zh')).toBe(
      '一个训练步的用时：wasm 41.3 ms · webgl 比 wasm 慢 8 倍以上（已提前停止） · webgpu 无法运行（no WebGPU adapter）。',
    );
  });
});
