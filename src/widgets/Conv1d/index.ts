import { defineWidget } from '../../frame/define-widget';
import Conv1d from './Conv1d';
import { conv1dPresets } from './presets';
import { conv1dSchema } from './state';
import { useStrings } from './strings';

/** The introduction's 1-D convolution: a signal, a kernel, the window stepped along, and a kernel learned by gradient descent. */
export default defineWidget({
  component: Conv1d,
  strings: useStrings,
  title: 'conv1dTitle',
  description: 'conv1dDescription',
  height: { narrow: 1320, wide: 1040 },
  schema: conv1dSchema,
  presets: conv1dPresets,
});
