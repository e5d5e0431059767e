import type { StateOf } from '../../frame/schema';
import { useStrings } from './strings';
import { Slider } from '../../ui/Slider';
import { D_MAX, K_MAX, N_MAX, P_MAX, S_MAX, type geometrySchema } from './state';

type GeometryState = StateOf<typeof geometrySchema>;

/** One slider per quantity of the geometry; dilation, the extra, comes last. */
export function GeometrySliders({
  state,
  update,
}: {
  state: GeometryState;
  update: (patch: Partial<GeometryState>) => void;
}) {
  const { t } = useStrings();
  return (
    <div className="geometry-sliders">
      <Slider
        label={t('geometryInputSize')}
        value={state.n}
        min={3}
        max={N_MAX}
        onChange={(n) => update({ n })}
        valueText={(n) => t('geometryInputValue', { n })}
      />
      <Slider
        label={t('geometryKernelSize')}
        value={state.k}
        min={1}
        max={K_MAX}
        onChange={(k) => update({ k })}
        valueText={(k) => t('geometryKernelValue', { k })}
      />
      <Slider
        label={t('geometryStride')}
        value={state.s}
        min={1}
        max={S_MAX}
        onChange={(s) => update({ s })}
        valueText={(s) => t('geometryStrideValue', { s })}
      />
      <Slider
        label={t('geometryPadding')}
        value={state.p}
        min={0}
        max={P_MAX}
        onChange={(p) => update({ p })}
        valueText={(p) => t('geometryPaddingValue', { p })}
      />
      <Slider
        label={t('geometryDilation')}
        value={state.d}
        min={1}
        max={D_MAX}
        onChange={(d) => update({ d })}
        valueText={(d) => t('geometryDilationValue', { d })}
      />
    </div>
  );
}
