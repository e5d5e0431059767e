import { useStrings } from './strings';
import { convParameterCount } from '../../models/conv2d/parameters';
import type { Volume } from '../../models/conv2d/volume';
import { Slider } from '../../ui/Slider';
import { FeatureMaps } from './FeatureMaps';
import { KERNEL_SIDE, MAX_KERNELS } from './state';

interface KernelCountProps {
  /** C_out */
  count: number;
  /** C_in */
  depth: number;
  maps: Volume | null;
  onCount: (count: number) => void;
  onReseed: () => void;
}

/** The number of kernels: a slider, the feature maps it gives, and the layer's parameter count, live. */
export function KernelCount({ count, depth, maps, onCount, onReseed }: KernelCountProps) {
  const { t } = useStrings();
  const total = convParameterCount({ k: KERNEL_SIDE, cIn: depth, cOut: count });
  return (
    <div className="channels-count">
      <p className="channels-part">{t('channelsMapsPart')}</p>
      <div className="control-row">
        <Slider
          label={t('channelsKernels')}
          value={count}
          min={1}
          max={MAX_KERNELS}
          onChange={onCount}
          valueText={(n) => t('channelsKernelsValue', { n })}
        />
        <button type="button" onClick={onReseed} disabled={count === 1}>
          {t('channelsNewRandom')}
        </button>
      </div>
      <p className="channels-params" data-testid="channels-params" aria-live="polite">
        {t('channelsParams', { k: KERNEL_SIDE, cIn: depth, cOut: count, total })}
      </p>
      {maps && <FeatureMaps maps={maps} />}
      <p className="channels-note">{t('channelsRandomNote')}</p>
    </div>
  );
}
