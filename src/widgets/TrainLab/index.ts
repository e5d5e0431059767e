import { defineWidget } from '../../frame/define-widget';
import TrainLab from './TrainLab';
import { trainLabPresets } from './presets';
import { trainLabSchema } from './state';
import { useStrings } from './strings';
import './TrainLab.css';
/** A model trained in the book's worker, with the loss drawn as it falls. */
export default defineWidget({
  component: TrainLab,
  strings: useStrings,
  title: 'trainTitle',
  description: 'trainDescription',
  height: { narrow: 760, wide: 560 },
  schema: trainLabSchema,
  presets: trainLabPresets,
});
