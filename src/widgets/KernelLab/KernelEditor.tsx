import { memo, useId, type CSSProperties } from 'react';
import { useStrings } from './strings';
import { normaliseKernel, presetOfSize } from '../../models/conv2d/presets';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { matchPreset } from './kernels';
import { presetLabel } from './preset-labels';
import { PRESET_NAMES, WEIGHT_LIMIT } from './state';

interface KernelEditorProps {
  /** which kernel, from 1 */
  n: number;
  rows: readonly (readonly number[])[];
  /** a new kernel (a preset, or normalised) */
  onChange: (rows: number[][]) => void;
  /** one weight typed (the same function from render to render, so the other fields stay as they are) */
  onWeight: (r: number, c: number, value: number) => void;
}

/**
 * The weights of one kernel as a k × k grid of number fields (a bad entry is refused with a reason
 * and the last good kernel stays), a preset to start from, and "normalise".
 */
export function KernelEditor({ n, rows, onChange, onWeight }: KernelEditorProps) {
  const { t } = useStrings();
  const helpId = useId();
  const size = rows.length;
  const preset = matchPreset(rows);

  return (
    <fieldset className="lab-editor">
      <legend>{t('labEditing', { i: n })}</legend>
      <div className="lab-editor-body">
        <div className="lab-grid" style={{ '--k': size } as CSSProperties}>
          {rows.map((row, r) =>
            row.map((w, c) => (
              <WeightField key={`${r},${c}`} n={n} r={r} c={c} value={w} onWeight={onWeight} />
            )),
          )}
        </div>
        <div className="lab-editor-side">
          <Select
            label={t('labPreset')}
            value={preset ?? 'custom'}
            options={[
              ...PRESET_NAMES.map((name) => ({ value: name, label: t(presetLabel[name]) })),
              ...(preset ? [] : [{ value: 'custom' as const, label: t('labCustom') }]),
            ]}
            onChange={(name) => name !== 'custom' && onChange(presetOfSize(name, size))}
          />
          <button type="button" onClick={() => onChange(normaliseKernel(rows))} aria-describedby={helpId}>
            {t('labNormalise')}
          </button>
          <p id={helpId} className="lab-note">
            {t('labNormaliseHelp')}
          </p>
        </div>
      </div>
    </fieldset>
  );
}

/**
 * One weight's field. Memoised: typing into one field re-renders that field alone (React rewrites
 * every re-rendered input's attributes, and the page would be laid out again for each).
 */
const WeightField = memo(function WeightField({
  n,
  r,
  c,
  value,
  onWeight,
}: {
  n: number;
  r: number;
  c: number;
  value: number;
  onWeight: KernelEditorProps['onWeight'];
}) {
  const { t } = useStrings();
  return (
    <NumberField
      label={t('labWeight', { i: n, r: r + 1, c: c + 1 })}
      compactLabel
      value={value}
      min={-WEIGHT_LIMIT}
      max={WEIGHT_LIMIT}
      onChange={(weight) => onWeight(r, c, weight)}
    />
  );
});
