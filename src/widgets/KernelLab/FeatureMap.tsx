import {
  memo,
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  type CSSProperties,
  type RefObject,
} from 'react';
import type { Patches } from '../../models/conv2d/conv2d-patches';
import { useStrings } from './strings';
import type { Volume } from '../../models/conv2d/volume';
import type { Tf } from '../../ml/types';
import { formatNumber } from '../../ui/format';
import { kernelRows, matchPreset } from './kernels';
import { useFeatureMap } from './pipeline';
import { presetLabel } from './preset-labels';
import { FIRST_PHOTO_SIZE, type Contrast, type KernelKey } from './state';

interface FeatureMapProps {
  /** which kernel, from 1 */
  n: number;
  slot: KernelKey;
  /** the kernel's weights, row by row, as the link holds them */
  weights: readonly number[];
  size: number;
  contrast: Contrast;
  tf: Tf | null;
  photo: Volume | null;
  patches: RefObject<Patches | null>;
  editing: boolean;
  canRemove: boolean;
  onEdit: (n: number) => void;
  onRemove: (n: number) => void;
  onPainted: (n: number) => void;
}

/** A share as a percentage with two significant digits: 0.0098 is 0.98, one value in 10⁵ is 0.001. */
const percent = (share: number) => formatNumber(Number((100 * share).toPrecision(2)), 6);

/**
 * One kernel over its feature map: the kernel's numbers (a button that opens it in the editor), the
 * map on a canvas the size of the photo in a diverging colour scale around 0, the scale's ends (marked
 * ≤ and ≥ when values beyond them are clipped to their colours, and the share of those said under
 * it), and the map's minimum, mean and maximum, also read out in place of the picture. Memoised:
 * editing another kernel does not touch it.
 */
export const FeatureMap = memo(function FeatureMap(props: FeatureMapProps) {
  const { n, slot, weights, size, contrast, tf, photo, patches, editing, canRemove } = props;
  const { onEdit, onRemove, onPainted } = props;
  const { t } = useStrings();
  const canvas = useRef<HTMLCanvasElement>(null);
  const rows = useMemo(() => kernelRows(weights, size, slot), [weights, size, slot]);
  const painted = useCallback(() => onPainted(n), [onPainted, n]);
  const stats = useFeatureMap({ tf, photo, patches, rows, contrast, canvas, onPainted: painted });
  const { w: width, h: height } = photo ?? FIRST_PHOTO_SIZE;
  // the map first: the kernel's numbers and name follow in a render of their own, after the edit's frame
  const shown = useDeferredValue(rows);
  const preset = useMemo(() => matchPreset(shown), [shown]);
  const kernel = preset ? t(presetLabel[preset]) : t('labCustom');
  const number = (v: number) => formatNumber(v, 3);
  const clipped = stats !== null && stats.clipped > 0;
  const low = stats ? number(-stats.limit) : '–';
  const high = stats ? number(stats.limit) : '–';
  let clipNote = ' ';
  if (clipped) clipNote = t('labClipped', { share: percent(stats.clipped), limit: high });
  else if (stats) clipNote = t('labNotClipped');

  return (
    <figure className={`lab-card${editing ? ' is-editing' : ''}`}>
      <div className="lab-card-head">
        <button type="button" className="lab-kernel" aria-pressed={editing} onClick={() => onEdit(n)}>
          <span className="lab-card-title">
            {t('labKernelN', { i: n })} · {kernel}
          </span>
          <span className="lab-weights" style={{ '--k': size } as CSSProperties} aria-hidden="true">
            {shown.flat().map((w, i) => (
              <span key={i}>{formatNumber(w, 2)}</span>
            ))}
          </span>
        </button>
        {canRemove && (
          <button
            type="button"
            className="lab-remove"
            onClick={() => onRemove(n)}
            aria-label={t('labRemoveKernel', { i: n })}
            title={t('labRemoveKernel', { i: n })}
          >
            ×
          </button>
        )}
      </div>
      <canvas
        ref={canvas}
        width={width}
        height={height}
        role="img"
        aria-label={
          stats
            ? t('labMapAlt', {
                i: n,
                kernel,
                w: width,
                h: height,
                min: number(stats.min),
                max: number(stats.max),
                mean: number(stats.mean),
              })
            : t('labMapComputing', { i: n })
        }
      />
      {/* drawn before the first result too (with dashes), so nothing moves when it arrives */}
      <div
        className="colour-scale"
        role="img"
        aria-label={
          stats ? t(clipped ? 'labColourScaleClipped' : 'labColourScale', { min: low, max: high }) : ''
        }
      >
        <span>{clipped ? t('labAtMost', { value: low }) : low}</span>
        <span className="colour-ramp" aria-hidden="true" />
        <span>{clipped ? t('labAtLeast', { value: high }) : high}</span>
      </div>
      <p className="lab-clip">{clipNote}</p>
      <p className="lab-stats">
        {stats
          ? t('labStats', { min: number(stats.min), mean: number(stats.mean), max: number(stats.max) })
          : ' '}
      </p>
    </figure>
  );
});
