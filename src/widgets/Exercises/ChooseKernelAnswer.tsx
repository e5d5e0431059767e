import { sentences } from '../../i18n';
import { useStrings } from './strings';
import { PRESETS, type PresetName } from '../../models/conv2d/presets';
import { formatNumber } from '../../ui/format';
import { SmallGrid } from './SmallGrid';
import { ChoiceAnswer } from './ChoiceAnswer';
import { kernelVerdicts } from './solutions';

/** `<ChooseKernelAnswer id="kernel-1" options={['box', 'verticalEdge', 'horizontalEdge']} />`: preset names of src/models/conv2d/presets.ts. */
export interface ChooseKernelProps {
  id: string;
  options: PresetName[];
}

const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * Which kernel finds vertical edges: each option is run on a vertical and a horizontal step edge, and
 * those that answer the vertical one more strongly are right. The options are shown by their weights
 * only (their names would give the answer away) and labelled A, B, C….
 */
export function ChooseKernelAnswer({ id, options }: ChooseKernelProps) {
  const { lang, t } = useStrings();
  const unknown = options.find((name) => !(name in PRESETS));
  if (unknown) throw new Error(`ChooseKernelAnswer: "${unknown}" is not a kernel preset`);
  const verdicts = kernelVerdicts(options);
  const explain = (value: string, how = true) => {
    const i = Number(value);
    const v = verdicts[i]!;
    const contrast = t('exerciseKernelContrast', {
      letter: letter(i),
      vertical: formatNumber(v.vertical, 2),
      horizontal: formatNumber(v.horizontal, 2),
    });
    const kind = v.finds
      ? 'exerciseKernelFinds'
      : v.horizontal > v.vertical + 1e-6
        ? 'exerciseKernelHorizontal'
        : 'exerciseKernelAlike';
    return sentences(lang, [contrast, t(kind), how ? t('exerciseKernelHow') : undefined]);
  };
  const right = verdicts.map((v, i) => (v.finds ? i : -1)).filter((i) => i >= 0);
  if (!right.length) throw new Error('ChooseKernelAnswer: none of the options finds vertical edges');
  return (
    <ChoiceAnswer
      id={id}
      choices={options.map((name, i) => {
        const label = t('exerciseKernelOption', { letter: letter(i) });
        return { value: String(i), label, detail: <SmallGrid values={PRESETS[name]} caption={label} /> };
      })}
      isRight={(value) => verdicts[Number(value)]?.finds ?? false}
      explain={(value) => explain(value)}
      working={sentences(
        lang,
        right.map((i) => explain(String(i), false)),
      )}
    />
  );
}
