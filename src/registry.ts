import type { ComponentType } from 'react';
import type { WidgetLoader } from './frame/define-widget';

/**
 * The widgets chapters may use, by tag: one line each. Each loads its whole folder (code, strings,
 * CSS, presets) in a chunk of its own when it nears the screen; nothing of it is in the page's entry.
 */
export const widgets = {
  Conv1dDemo: () => import('./widgets/Conv1d'),
  KernelLabDemo: () => import('./widgets/KernelLab'),
  ConvStepperDemo: () => import('./widgets/ConvStepper'),
  ConvGeometryDemo: () => import('./widgets/ConvGeometry'),
  ChannelsDemo: () => import('./widgets/Channels'),
  TrainLabDemo: () => import('./widgets/TrainLab'),
} satisfies Record<string, WidgetLoader>;

export type WidgetTag = keyof typeof widgets;

type Answers = typeof import('./widgets/Exercises/answers');
const answer =
  <N extends keyof Answers>(name: N) =>
  (): Promise<Answers[N]> =>
    import('./widgets/Exercises/answers').then((module) => module[name]);

/** The answers of exercises, which the page checks: each hydrates alone as an island. */
export const answers = {
  OutputSizeAnswer: answer('OutputSizeAnswer'),
  FeatureValueAnswer: answer('FeatureValueAnswer'),
  ChooseKernelAnswer: answer('ChooseKernelAnswer'),
  ParameterCountAnswer: answer('ParameterCountAnswer'),
  StrideEffectAnswer: answer('StrideEffectAnswer'),
} satisfies Record<string, () => Promise<ComponentType<never>>>;

export type AnswerTag = keyof typeof answers;
