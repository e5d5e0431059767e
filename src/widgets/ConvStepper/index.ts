import { defineWidget } from '../../frame/define-widget';
import ConvStepper from './ConvStepper';
import { stepperPresets } from './presets';
import { stepperSchema } from './state';
import { useStrings } from './strings';
import './ConvStepper.css';
/** A 3 × 3 kernel stepped across a small grey image, one window position at a time. */
export default defineWidget({
  component: ConvStepper,
  strings: useStrings,
  title: 'stepperTitle',
  description: 'stepperDescription',
  height: { narrow: 1710, wide: 1000 },
  schema: stepperSchema,
  presets: stepperPresets,
});
