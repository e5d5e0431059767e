import { useStrings } from './strings';
import { formatNumber } from '../../ui/format';
import { SmallGrid } from './SmallGrid';
import { NumberAnswer } from './NumberAnswer';
import { featureSolution, square } from './solutions';

/** `<FeatureValueAnswer id="value-1" patch={[…9 numbers]} kernel={[…9 numbers]} />`, both row by row. */
export interface FeatureValueProps {
  id: string;
  patch: number[];
  kernel: number[];
}

const TOLERANCE = 0.01;
const factor = (v: number) => (v < 0 ? `(${formatNumber(v)})` : formatNumber(v));

/** The feature-map value a kernel gives on a patch: the sum of element-wise products (±0.01 for rounding). */
export function FeatureValueAnswer({ id, patch, kernel }: FeatureValueProps) {
  const { t } = useStrings();
  const { answer, flipped } = featureSolution(patch, kernel);
  const terms = patch.map((x, i) => `${factor(x)}·${factor(kernel[i] ?? 0)}`).join(' + ');
  const working = t('exerciseFeatureWorking', { terms, answer: formatNumber(answer) });
  const mistake = (value: number) =>
    Math.abs(flipped - answer) > TOLERANCE && Math.abs(value - flipped) <= TOLERANCE
      ? t('exerciseFeatureFlipped')
      : undefined;
  return (
    <div className="exercise-feature">
      <div className="exercise-grids">
        <SmallGrid values={square(patch)} caption={t('exerciseFeaturePatch')} />
        <SmallGrid values={square(kernel)} caption={t('exerciseFeatureKernel')} />
      </div>
      <NumberAnswer
        id={id}
        answer={answer}
        whole={false}
        tolerance={TOLERANCE}
        working={working}
        hint={t('exerciseFeatureHint')}
        mistake={mistake}
      />
    </div>
  );
}
