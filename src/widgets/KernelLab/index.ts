import { defineWidget } from '../../frame/define-widget';
import KernelLab from './KernelLab';
import { kernelLabPresets } from './presets';
import { kernelLabSchema } from './state';
import { useStrings } from './strings';
import './KernelLab.css';
/** Kernels on a photo: edit or pick up to four kernels and see each feature map at once. */
export default defineWidget({
  component: KernelLab,
  strings: useStrings,
  title: 'labTitle',
  description: 'labDescription',
  height: { narrow: 2360, wide: 980 },
  schema: kernelLabSchema,
  presets: kernelLabPresets,
});
