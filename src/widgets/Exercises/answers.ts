/** Every answer an exercise can ask for: each hydrates alone as an island, loaded in one chunk when the first nears the screen. */
export { ChooseKernelAnswer } from './ChooseKernelAnswer';
export { FeatureValueAnswer } from './FeatureValueAnswer';
export { OutputSizeAnswer } from './OutputSizeAnswer';
export { ParameterCountAnswer } from './ParameterCountAnswer';
export { StrideEffectAnswer } from './StrideEffectAnswer';
