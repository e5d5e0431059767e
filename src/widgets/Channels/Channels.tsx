import { useMemo } from 'react';
import { useReadyWhen } from '../../frame/WidgetContext';
import { useUrlState } from '../../frame/url-state';
import { useStrings } from './strings';
import { channelWindows, depthKernels } from '../../models/conv2d/channels';
import { randomKernels } from '../../models/conv2d/random-kernels';
import { at } from '../../models/conv2d/volume';
import { seededRandom } from '../../models/random';
import { useTf } from '../../ml/page/useTf';
import { BackendBadge } from '../../ui/BackendBadge';
import { Select } from '../../ui/Select';
import { ChannelSums } from './ChannelSums';
import { InputChannels } from './InputChannels';
import { inputOf } from './input';
import { KernelSlices } from './KernelSlices';
import { KernelCount } from './KernelCount';
import { REGION_LABELS } from './labels';
import { MapPicker } from './MapPicker';
import { channelsSchema, CONV_OPTIONS, KERNEL_SIDE, REGION_NAMES, toSlices, type InputKind } from './state';
import { useFeatureMaps } from './useFeatureMaps';
import { usePhoto } from './usePhoto';

/**
 * Channels and kernels: a colour input is three channels, a kernel has one slice per channel and sums
 * over all of them into ONE feature map; C_out kernels make C_out maps, and the layer's parameter
 * count follows. TF.js computes the maps; one value of map 1 is taken apart channel by channel.
 */
export default function Channels() {
  const { t } = useStrings();
  const [state, update] = useUrlState(channelsSchema);
  const tf = useTf();
  const photo = usePhoto();
  const depth = state.input === 'rgb' ? 3 : 1;
  const weights = depth === 3 ? state.kernel : state.greyKernel;

  const x = useMemo(
    () => (photo.status === 'ready' ? inputOf(photo.photo, state.region, state.input) : null),
    [photo, state.region, state.input],
  );
  const kernels = useMemo(() => {
    const others = randomKernels(seededRandom(state.seed), state.kernels - 1, depth, KERNEL_SIDE);
    return depthKernels([toSlices(weights, depth), ...others]);
  }, [weights, depth, state.seed, state.kernels]);
  const biases = useMemo(
    () => [state.bias, ...new Array<number>(state.kernels - 1).fill(0)],
    [state.bias, state.kernels],
  );
  const maps = useFeatureMaps(tf, x, kernels, biases);
  useReadyWhen(maps !== null);

  const { row, col } = state;
  const windowCells = new Set(
    Array.from(
      { length: KERNEL_SIDE ** 2 },
      (_, i) => `${row + Math.floor(i / KERNEL_SIDE)},${col + (i % KERNEL_SIDE)}`,
    ),
  );

  return (
    <div className="channels">
      <div className="control-row">
        <Select
          label={t('channelsRegion')}
          value={state.region}
          options={REGION_NAMES.map((r) => ({ value: r, label: t(REGION_LABELS[r]) }))}
          onChange={(region) => update({ region })}
        />
        <Select<InputKind>
          label={t('channelsInput')}
          value={state.input}
          options={[
            { value: 'rgb', label: t('channelsInputRgb') },
            { value: 'grey', label: t('channelsInputGrey') },
          ]}
          onChange={(input) => update({ input })}
        />
      </div>
      {photo.status === 'loading' && <p>{t('channelsLoading')}</p>}
      {photo.status === 'failed' && <p role="alert">{t('channelsPhotoFailed', { message: photo.error })}</p>}
      {x && <InputChannels x={x} region={state.region} windowCells={windowCells} />}
      <KernelSlices
        weights={weights}
        depth={depth}
        bias={state.bias}
        onChange={(values) => update(depth === 3 ? { kernel: values } : { greyKernel: values })}
        onBiasChange={(bias) => update({ bias })}
      />
      {x && (
        <div className="channels-output">
          <p className="channels-part">{t('channelsOutputPart')}</p>
          <ChannelSums
            windows={channelWindows(x, kernels, row, col, CONV_OPTIONS)}
            bias={state.bias}
            row={row}
            col={col}
            tfValue={maps ? at(maps, row, col, 0) : null}
          >
            {maps && (
              <MapPicker maps={maps} row={row} col={col} onPick={(r, c) => update({ row: r, col: c })} />
            )}
          </ChannelSums>
        </div>
      )}
      <KernelCount
        count={state.kernels}
        depth={depth}
        maps={maps}
        onCount={(kernels) => update({ kernels })}
        onReseed={() => update({ seed: (state.seed + 1) % 2 ** 31 })}
      />
      <BackendBadge state={tf} />
    </div>
  );
}
