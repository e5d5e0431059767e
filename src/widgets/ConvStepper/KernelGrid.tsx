import { useStrings, type StringKey } from './strings';
import { NumberField } from '../../ui/NumberField';
import { KERNEL_LIMIT, KERNEL_SIZE, STEPPER_PRESETS } from './state';

const sameWeights = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((w, i) => Math.abs(w - (b[i] ?? NaN)) < 1e-9);

/** The 3 × 3 kernel as nine number fields laid out like the kernel, and a row of preset kernels. */
export function KernelGrid({
  kernel,
  onChange,
}: {
  kernel: readonly number[];
  onChange: (kernel: number[]) => void;
}) {
  const { t } = useStrings();
  return (
    <fieldset className="kernel-editor stepper-kernel">
      <legend>{t('stepperKernel')}</legend>
      <div className="stepper-weights">
        {kernel.map((w, i) => (
          <NumberField
            key={i}
            label={t('stepperWeight', {
              r: Math.floor(i / KERNEL_SIZE) + 1,
              c: (i % KERNEL_SIZE) + 1,
            })}
            compactLabel
            value={w}
            min={-KERNEL_LIMIT}
            max={KERNEL_LIMIT}
            onChange={(value) => onChange(kernel.map((old, j) => (j === i ? value : old)))}
          />
        ))}
      </div>
      <div className="button-row" role="group" aria-label={t('stepperPresets')}>
        {Object.entries(STEPPER_PRESETS).map(([name, rows]) => (
          <button
            type="button"
            key={name}
            aria-pressed={sameWeights(rows.flat(), kernel)}
            onClick={() => onChange(rows.flat())}
          >
            {t(name as StringKey)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
