import { useStrings } from './strings';
import { NumberField } from '../../ui/NumberField';
import { KERNEL_LIMIT, KERNEL_PRESETS, MAX_TAPS } from './state';

/** The kernel's weights as number fields, with buttons to add or remove a weight and a row of presets. */
export function KernelEditor({
  kernel,
  onChange,
}: {
  kernel: readonly number[];
  onChange: (kernel: number[]) => void;
}) {
  const { t } = useStrings();
  const setTap = (j: number, value: number) => onChange(kernel.map((w, i) => (i === j ? value : w)));
  return (
    <fieldset className="kernel-editor">
      <legend>{t('kernel')}</legend>
      <div className="kernel-taps">
        {kernel.map((w, j) => (
          <NumberField
            key={j}
            label={t('kernelTap', { i: j + 1 })}
            compactLabel
            value={w}
            min={-KERNEL_LIMIT}
            max={KERNEL_LIMIT}
            onChange={(value) => setTap(j, value)}
          />
        ))}
        <button
          type="button"
          onClick={() => onChange(kernel.slice(0, -1))}
          disabled={kernel.length <= 1}
          aria-label={t('removeTap')}
        >
          −
        </button>
        <button
          type="button"
          onClick={() => onChange([...kernel, 0])}
          disabled={kernel.length >= MAX_TAPS}
          aria-label={t('addTap')}
        >
          +
        </button>
      </div>
      <div className="button-row" role="group" aria-label={t('presets')}>
        {Object.entries(KERNEL_PRESETS).map(([name, weights]) => (
          <button type="button" key={name} onClick={() => onChange([...weights])}>
            {t(name as keyof typeof KERNEL_PRESETS)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
