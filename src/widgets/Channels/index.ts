import { defineWidget } from '../../frame/define-widget';
import Channels from './Channels';
import { channelsPresets } from './presets';
import { channelsSchema } from './state';
import { useStrings } from './strings';
import './Channels.css';
/** Convolution over the channels of a colour photo: one 3-D kernel per feature map. */
export default defineWidget({
  component: Channels,
  strings: useStrings,
  title: 'channelsTitle',
  description: 'channelsDescription',
  height: { narrow: 3090, wide: 1660 },
  schema: channelsSchema,
  presets: channelsPresets,
});
