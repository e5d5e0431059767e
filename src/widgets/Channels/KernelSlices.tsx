import { useStrings } from './strings';
import { NumberField } from '../../ui/NumberField';
import { CHANNELS } from './labels';
import { GREY_PRESETS, KERNEL_SIDE, RGB_PRESETS, WEIGHT_LIMIT } from './state';

interface KernelSlicesProps {
  /** the first kernel's weights, slice by slice, row by row: C_in · 3 · 3 numbers */
  weights: readonly number[];
  depth: number;
  bias: number;
  onChange: (weights: number[]) => void;
  onBiasChange: (bias: number) => void;
}

/** The first kernel, one editable 3 × 3 slice for each input channel, its bias, and presets that fill it whole. */
export function KernelSlices({ weights, depth, bias, onChange, onBiasChange }: KernelSlicesProps) {
  const { t } = useStrings();
  const presets = depth === 3 ? RGB_PRESETS : GREY_PRESETS;
  const set = (index: number, value: number) => onChange(weights.map((w, i) => (i === index ? value : w)));
  const side = Array.from({ length: KERNEL_SIDE }, (_, i) => i);
  return (
    <fieldset className="kernel-editor channels-kernel">
      <legend>{t('channelsKernelPart', { c: depth })}</legend>
      <div className="channels-slices">
        {(CHANNELS[depth] ?? []).map(({ name: key, tint }, c) => {
          const name = t(key);
          return (
            <div key={key} className="channels-slice" style={{ borderTopColor: `rgb(${tint.join(' ')})` }}>
              <p className="channels-slice-name">{t('channelsSlice', { name })}</p>
              <div className="channels-slice-grid">
                {side.map((u) =>
                  side.map((v) => {
                    const index = (c * KERNEL_SIDE + u) * KERNEL_SIDE + v;
                    return (
                      <NumberField
                        key={index}
                        label={t('channelsWeight', { name, r: u + 1, c: v + 1 })}
                        compactLabel
                        value={weights[index] ?? 0}
                        min={-WEIGHT_LIMIT}
                        max={WEIGHT_LIMIT}
                        onChange={(value) => set(index, value)}
                      />
                    );
                  }),
                )}
              </div>
            </div>
          );
        })}
        <NumberField
          label={t('channelsBias')}
          value={bias}
          min={-WEIGHT_LIMIT}
          max={WEIGHT_LIMIT}
          onChange={onBiasChange}
        />
      </div>
      <div className="button-row" role="group" aria-label={t('channelsPresets')}>
        {Object.entries(presets).map(([key, values]) => (
          <button type="button" key={key} onClick={() => onChange([...values])}>
            {t(key as keyof typeof presets)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
