import { defineWidget } from '../../frame/define-widget';
import ConvGeometry from './ConvGeometry';
import { geometryPresets } from './presets';
import { geometrySchema } from './state';
import { useStrings } from './strings';
import './ConvGeometry.css';
/** Input size, kernel, stride, padding and dilation, and the output size they give, drawn cell by cell. */
export default defineWidget({
  component: ConvGeometry,
  strings: useStrings,
  title: 'geometryTitle',
  description: 'geometryDescription',
  height: { narrow: 1460, wide: 910 },
  schema: geometrySchema,
  presets: geometryPresets,
});
