import type { MDXComponents } from 'mdx/types';
import { anchoredHeading } from './app/AnchoredHeading';
import { OutputSize, ParamCount, ReceptiveField } from './app/Values';
import { defineWidget } from './frame/define-widget';
import type { GalleryState } from './widgets/gallery-types';
import { conv1dGallery } from './widgets/Conv1d/gallery';
import { channelsGallery } from './widgets/Channels/gallery';
import { ChooseKernelAnswer } from './widgets/Exercises/ChooseKernelAnswer';
import { Exercise } from './widgets/Exercises/Exercise';
import { FeatureValueAnswer } from './widgets/Exercises/FeatureValueAnswer';
import { OutputSizeAnswer } from './widgets/Exercises/OutputSizeAnswer';
import { ParameterCountAnswer } from './widgets/Exercises/ParameterCountAnswer';
import { StrideEffectAnswer } from './widgets/Exercises/StrideEffectAnswer';
import { kernelLabGallery } from './widgets/KernelLab/gallery';
import { stepperGallery } from './widgets/ConvStepper/gallery';
import { trainLabGallery } from './widgets/TrainLab/gallery';
import { convGeometryGallery } from './widgets/ConvGeometry/gallery';

/**
 * The one registry of tags that chapters may use. Content writes `<Conv1dDemo id="demo" />` with no
 * import; a test fails if a chapter uses a tag that is not here. (`<Figure>` is handled at build time.)
 */
export const widgets = {
  Conv1dDemo: defineWidget({
    load: () => import('./widgets/Conv1d/Conv1d'),
    title: 'conv1dTitle',
    description: 'conv1dDescription',
    height: { narrow: 1200, wide: 1060 },
  }),
  KernelLabDemo: defineWidget({
    load: () => import('./widgets/KernelLab/KernelLab'),
    title: 'labTitle',
    description: 'labDescription',
    height: { narrow: 2000, wide: 890 },
  }),
  ConvStepperDemo: defineWidget({
    load: () => import('./widgets/ConvStepper/ConvStepper'),
    title: 'stepperTitle',
    description: 'stepperDescription',
    height: { narrow: 1720, wide: 1000 },
  }),
  ConvGeometryDemo: defineWidget({
    load: () => import('./widgets/ConvGeometry/ConvGeometry'),
    title: 'geometryTitle',
    description: 'geometryDescription',
    height: { narrow: 1480, wide: 905 },
  }),
  ChannelsDemo: defineWidget({
    load: () => import('./widgets/Channels/Channels'),
    title: 'channelsTitle',
    description: 'channelsDescription',
    height: { narrow: 3720, wide: 1655 },
  }),
  TrainLabDemo: defineWidget({
    load: () => import('./widgets/TrainLab/TrainLab'),
    title: 'trainTitle',
    description: 'trainDescription',
    height: { narrow: 760, wide: 560 },
  }),
};

export type WidgetName = keyof typeof widgets;

/** What the gallery shows of each widget. */
export const galleries: Record<WidgetName, GalleryState[]> = {
  Conv1dDemo: conv1dGallery,
  KernelLabDemo: kernelLabGallery,
  ConvStepperDemo: stepperGallery,
  ConvGeometryDemo: convGeometryGallery,
  ChannelsDemo: channelsGallery,
  TrainLabDemo: trainLabGallery,
};

/**
 * The answers of exercises, which the page checks: each hydrates alone as an island, takes plain
 * numbers, strings and arrays (the same in both languages) and computes its answer from the model code.
 */
export const exercises = {
  OutputSizeAnswer,
  FeatureValueAnswer,
  ChooseKernelAnswer,
  ParameterCountAnswer,
  StrideEffectAnswer,
};

export const mdxComponents: MDXComponents = {
  ...widgets,
  ...exercises,
  Exercise,
  OutputSize,
  ParamCount,
  ReceptiveField,
  h2: anchoredHeading('h2'),
  h3: anchoredHeading('h3'),
};
