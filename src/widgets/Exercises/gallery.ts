import type { StringKey } from './strings';
import type { ChooseKernelProps } from './ChooseKernelAnswer';
import type { FeatureValueProps } from './FeatureValueAnswer';
import type { OutputSizeProps } from './OutputSizeAnswer';
import type { ParameterCountProps } from './ParameterCountAnswer';
import type { StrideEffectProps } from './StrideEffectAnswer';

type Entry<Tag extends string, Props> = { tag: Tag; question: StringKey; props: Props };

/** One exercise of each kind for the gallery page: the answer tag, its question, and its props. */
export const exerciseGallery: readonly (
  | Entry<'OutputSizeAnswer', OutputSizeProps>
  | Entry<'FeatureValueAnswer', FeatureValueProps>
  | Entry<'ChooseKernelAnswer', ChooseKernelProps>
  | Entry<'ParameterCountAnswer', ParameterCountProps>
  | Entry<'StrideEffectAnswer', StrideEffectProps>
)[] = [
  {
    tag: 'OutputSizeAnswer',
    question: 'exerciseGallerySize',
    props: { id: 'gallery-size', n: 32, k: 5, s: 1, p: 2 },
  },
  {
    tag: 'FeatureValueAnswer',
    question: 'exerciseGalleryFeature',
    props: {
      id: 'gallery-feature',
      patch: [0.2, 0.5, 0.9, 0.1, 0.4, 0.8, 0.1, 0.3, 0.7],
      kernel: [-1, 0, 1, -1, 0, 1, -1, 0, 1],
    },
  },
  {
    tag: 'ChooseKernelAnswer',
    question: 'exerciseGalleryKernel',
    props: { id: 'gallery-kernel', options: ['box', 'horizontalEdge', 'verticalEdge', 'laplacian'] },
  },
  {
    tag: 'ParameterCountAnswer',
    question: 'exerciseGalleryParams',
    props: { id: 'gallery-params', k: 3, cIn: 3, cOut: 64 },
  },
  {
    tag: 'StrideEffectAnswer',
    question: 'exerciseGalleryStride',
    props: { id: 'gallery-stride', n: 32, k: 3, p: 1, s: 2 },
  },
];
