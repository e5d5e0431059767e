// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderLab, withFakeBrowser } from './lab-test-kit';
import { mapStats } from './paint';
import type { useFeatureMap } from './pipeline';

/**
 * Every map, whatever its kernel: ±0.5 to ±98.5 and one extreme, 2048. Its histogram's bins are 1
 * wide, so the stretched scale ends at exactly 99, and one value in 100 lies beyond.
 */
const MAP = Float32Array.from({ length: 100 }, (_, i) => (i === 0 ? 2048 : (i % 2 ? 1 : -1) * (i - 0.5)));

vi.mock('../../ml/page/useTf', () => ({ useTf: () => ({ status: 'loading' }) }));
vi.mock('./decode-image');
// the maps' statistics as TF.js would give them for MAP, in the contrast the lab asks for
vi.mock('./pipeline', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./pipeline')>()),
  useFeatureMap: (({ contrast }) => mapStats(MAP, contrast)) satisfies typeof useFeatureMap,
}));
withFakeBrowser();

const contrast = () => screen.getByLabelText('Contrast') as HTMLSelectElement;
const scales = () => [...document.querySelectorAll('.lab-card:not(.lab-input) .colour-scale')];
const ends = () => scales().map((scale) => [...scale.querySelectorAll('span')].map((s) => s.textContent));
const clipNotes = () => [...document.querySelectorAll('.lab-clip')].map((p) => p.textContent);

describe('KernelLab: the contrast of the maps', () => {
  it('stretches by default: the ends at the 99th percentile, marked as clipped, and the share said', async () => {
    const { state } = await renderLab();
    expect(contrast().value).toBe('stretch');
    expect(ends()).toEqual([
      ['≤ −99', '', '≥ 99'],
      ['≤ −99', '', '≥ 99'],
    ]);
    expect(clipNotes()).toEqual(Array(2).fill('1% of values lie beyond ±99 and show at full colour.'));
    expect(scales().map((scale) => scale.getAttribute('aria-label'))).toEqual(
      Array(2).fill('Colour scale from −99 to 99, clipped: values beyond either end show in its full colour'),
    );
    expect(state().get('lab.contrast')).toBeNull();
  });

  it('switches to the full range, which clips nothing, and back', async () => {
    const { state, user } = await renderLab();
    await user.selectOptions(contrast(), 'full');
    expect(ends()).toEqual([
      ['−2048', '', '2048'],
      ['−2048', '', '2048'],
    ]);
    expect(clipNotes()).toEqual(Array(2).fill('Full range: nothing is clipped.'));
    expect(screen.getAllByRole('img', { name: 'Colour scale from −2048 to 2048' })).toHaveLength(2);
    expect(state().get('lab.contrast')).toBe('full');
    await user.selectOptions(contrast(), 'stretch');
    expect(ends()[0]).toEqual(['≤ −99', '', '≥ 99']);
    expect(state().get('lab.contrast')).toBeNull();
  });

  it('reads the contrast from a link', async () => {
    await renderLab('lab.contrast=full&lab.count=3');
    expect(contrast().value).toBe('full');
    expect(ends()).toEqual(Array(3).fill(['−2048', '', '2048']));
  });

  it('falls back to stretch for an unknown contrast in a link', async () => {
    const { state } = await renderLab('lab.contrast=loud');
    expect(contrast().value).toBe('stretch');
    expect(ends()[0]).toEqual(['≤ −99', '', '≥ 99']);
    expect(state().get('lab.contrast')).toBeNull();
  });
});
