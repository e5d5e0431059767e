import { useStrings } from './strings';
import { SIZE_MISTAKES } from './mistakes';
import { NumberAnswer } from './NumberAnswer';
import { sizeSolution } from './solutions';

/** `<OutputSizeAnswer id="size-1" n={32} k={5} s={1} p={2} />`: how wide the feature map is (d, the dilation, is optional). */
export interface OutputSizeProps {
  id: string;
  n: number;
  k: number;
  s?: number;
  p?: number;
  d?: number;
}

/** The feature map's width for a given input, kernel, stride, padding and dilation, computed by outputSize. */
export function OutputSizeAnswer({ id, n, k, s = 1, p = 0, d = 1 }: OutputSizeProps) {
  const { t } = useStrings();
  const { answer, span, padded, mistakes } = sizeSolution({ n, k, s, p, d });
  const working =
    answer === 0
      ? t('exerciseSizeEmpty', { span, padded })
      : t(d === 1 ? 'exerciseSizeWorking' : 'exerciseSizeWorkingDilated', { n, k, s, p, d, answer });
  const mistake = (value: number) => {
    const slip = mistakes.get(value);
    return slip && t(SIZE_MISTAKES[slip], { p, s, padded });
  };
  return (
    <NumberAnswer
      id={id}
      answer={answer}
      working={working}
      hint={t('exerciseSizeHint', { padded, span, s })}
      mistake={mistake}
    />
  );
}
