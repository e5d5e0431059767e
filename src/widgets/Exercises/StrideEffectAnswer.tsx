import { useStrings } from './strings';
import { outputSize } from '../../models/conv2d/geometry';
import { ChoiceAnswer } from './ChoiceAnswer';
import { SIZE_MISTAKES } from './mistakes';
import { sizeSolution, strideChoices } from './solutions';

/** `<StrideEffectAnswer id="stride-1" n={32} k={3} p={1} s={2} />`: the width at a stride, chosen from likely answers. */
export interface StrideEffectProps {
  id: string;
  n: number;
  k: number;
  p?: number;
  s?: number;
}

/** Which width a stride gives: the right one (outputSize) among the widths of the common slips. */
export function StrideEffectAnswer({ id, n, k, p = 0, s = 2 }: StrideEffectProps) {
  const { t } = useStrings();
  const g = { n, k, s, p, d: 1 };
  const { answer, span, padded, mistakes } = sizeSolution(g);
  const full = outputSize({ ...g, s: 1 });
  const working = t('exerciseStrideWorking', { n, k, p, s, answer, full });
  const explain = (value: string) => {
    if (Number(value) === answer) return working;
    const slip = mistakes.get(Number(value));
    return slip ? t(SIZE_MISTAKES[slip], { p, s, padded }) : t('exerciseSizeHint', { padded, span, s });
  };
  return (
    <ChoiceAnswer
      id={id}
      choices={strideChoices(g).map((width) => ({ value: String(width), label: String(width) }))}
      isRight={(value) => Number(value) === answer}
      explain={explain}
      working={working}
    />
  );
}
