import { sentences } from '../../i18n';
import { useStrings } from './strings';
import { PARAMS_MISTAKES } from './mistakes';
import { NumberAnswer } from './NumberAnswer';
import { parameterSolution } from './solutions';

/** `<ParameterCountAnswer id="params-1" k={3} cIn={3} cOut={64} />`: how many numbers a conv layer learns (bias defaults to true). */
export interface ParameterCountProps {
  id: string;
  k: number;
  cIn: number;
  cOut: number;
  bias?: boolean;
}

/** A conv layer's parameter count, computed by convParameterCount. */
export function ParameterCountAnswer({ id, k, cIn, cOut, bias = true }: ParameterCountProps) {
  const { lang, t } = useStrings();
  const { answer, mistakes } = parameterSolution({ k, cIn, cOut, bias });
  const values = { k, cIn, cOut, answer };
  const working = t(bias ? 'exerciseParamsWorking' : 'exerciseParamsWorkingNoBias', values);
  const hint = sentences(lang, [
    t('exerciseParamsHint', values),
    bias ? t('exerciseParamsHintBias') : undefined,
  ]);
  const mistake = (value: number) => {
    const slip = mistakes.get(value);
    return slip && t(PARAMS_MISTAKES[slip], values);
  };
  return <NumberAnswer id={id} answer={answer} working={working} hint={hint} mistake={mistake} />;
}
