import { useCallback, useId, useState, type KeyboardEvent } from 'react';
import { useReadyWhen } from '../../frame/WidgetContext';
import { useUrlState } from '../../frame/url-state';
import { useStrings } from './strings';
import type { Volume } from '../../models/conv2d/volume';
import { conv2dWindow } from '../../models/conv2d/window';
import { useTf } from '../../ml/page/useTf';
import { symmetricLimit } from '../../ui/colour-scale';
import { BackendBadge } from '../../ui/BackendBadge';
import { PlayControls } from '../../ui/PlayControls';
import { Slider } from '../../ui/Slider';
import { divergingStyle, fixed2, greyStyle } from './cell-style';
import { KernelGrid } from './KernelGrid';
import { PixelGrid } from './PixelGrid';
import { KERNEL_SIZE, MAP_SIDE, STEPS, stepperSchema } from './state';
import { useEyeCrop } from './useEyeCrop';
import { asKernel, useFeatureMap, VALID } from './useFeatureMap';
import { WindowSum } from './WindowSum';

/** A one-channel volume as rows of numbers; past the first `shown` (in reading order), null: not computed yet. */
const rowsOf = (v: Volume, shown = Infinity): (number | null)[][] =>
  Array.from({ length: v.h }, (_, r) =>
    Array.from({ length: v.w }, (_, c) => (r * v.w + c < shown ? (v.data[r * v.w + c] ?? null) : null)),
  );

const EMPTY_MAP: null[][] = Array.from({ length: MAP_SIDE }, () => new Array<null>(MAP_SIDE).fill(null));

/** What each key does to the position, in reading order: a step, a row, or to either end. */
const MOVES: Record<string, number> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  ArrowUp: -MAP_SIDE,
  ArrowDown: MAP_SIDE,
  Home: -STEPS,
  End: STEPS,
};

/**
 * A 3 × 3 kernel stepped across a 10 × 10 grey crop of a cat's eye. At each position the reader sees
 * the window, the nine element-wise products and their sum landing in the feature map, which fills up
 * to the current position. TF.js computes the whole map; the plain arithmetic of the window matches it.
 */
export default function ConvStepper() {
  const { t } = useStrings();
  const hintId = useId();
  const [state, update] = useUrlState(stepperSchema);
  const [playing, setPlaying] = useState(false);
  const tf = useTf();
  const eye = useEyeCrop();
  const image = eye.status === 'ready' ? eye.image : null;
  const result = useFeatureMap(tf, image, state.kernel);
  useReadyWhen(image !== null && result !== null);

  const { position } = state;
  const moveTo = useCallback(
    (next: number) => update({ position: Math.max(0, Math.min(STEPS - 1, next)) }),
    [update],
  );
  const step = useCallback((direction: 1 | -1) => moveTo(position + direction), [moveTo, position]);

  if (eye.status === 'failed') {
    return (
      <p className="stepper-failed" role="alert">
        {t('stepperImageFailed', { message: eye.error })}
      </p>
    );
  }
  if (!image) return <p role="status">{t('stepperLoading')}</p>;

  const row = Math.floor(position / MAP_SIDE);
  const col = position % MAP_SIDE;
  const window = conv2dWindow(image, asKernel(state.kernel), row, col, VALID);
  const map = result?.map;
  const limit = map ? symmetricLimit([Array.from(map.data)]) : 1;
  const where = { i: position + 1, n: STEPS, r: row + 1, c: col + 1 };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // ↑ on the top row and ↓ on the bottom one stay put; the other keys stop at the ends
    if (Math.abs(move) === MAP_SIDE && (position + move < 0 || position + move >= STEPS)) return;
    moveTo(position + move);
  };

  return (
    <div className="conv-stepper">
      <div className="stepper-grids">
        <PixelGrid
          caption={t('stepperImage')}
          values={rowsOf(image)}
          box={{ top: row, left: col, size: KERNEL_SIZE }}
          tint={greyStyle}
          hintId={hintId}
          onKeyDown={onKeyDown}
        />
        <PixelGrid
          caption={t('stepperFeatureMap')}
          values={map ? rowsOf(map, position + 1) : EMPTY_MAP}
          box={{ top: row, left: col, size: 1 }}
          tint={(v) => divergingStyle(v, limit)}
          hintId={hintId}
          onKeyDown={onKeyDown}
          emptyLabel={t('stepperEmpty')}
          onPick={(r, c) => moveTo(r * MAP_SIDE + c)}
          pickLabel={(r, c) => t('stepperMoveTo', { r: r + 1, c: c + 1 })}
          className={result?.weights === state.kernel ? 'stepper-map' : 'stepper-map is-stale'}
        />
      </div>
      <p className="stepper-keys" id={hintId}>
        {t('stepperKeys')}
      </p>
      <p className="stepper-status" role="status">
        {t('stepperStatus', { ...where, sum: fixed2(window.sum) })}
      </p>
      <Slider
        label={t('stepperPosition')}
        value={position}
        min={0}
        max={STEPS - 1}
        onChange={moveTo}
        valueText={(i) =>
          t('stepperPositionValue', {
            i: i + 1,
            n: STEPS,
            r: Math.floor(i / MAP_SIDE) + 1,
            c: (i % MAP_SIDE) + 1,
          })
        }
      />
      <PlayControls
        playing={playing}
        onPlayingChange={setPlaying}
        onStep={step}
        onReset={() => {
          setPlaying(false);
          moveTo(0);
        }}
        speed={state.speed}
        onSpeedChange={(speed) => update({ speed })}
        canStepBack={position > 0}
        canStepForward={position < STEPS - 1}
      />
      <div className="stepper-work">
        <KernelGrid kernel={state.kernel} onChange={(kernel) => update({ kernel })} />
        <WindowSum window={window} />
      </div>
      <BackendBadge state={tf} />
    </div>
  );
}
