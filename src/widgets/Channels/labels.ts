import type { StringKey } from './strings';
import type { Rgb } from './PixelCanvas';
import type { RegionName } from './state';

type ChannelKey = Extract<StringKey, 'channelsRed' | 'channelsGreen' | 'channelsBlue' | 'channelsGrey'>;

/** The input's channels by how many there are (3: colour, 1: grey): their names and the colours they are drawn in. */
export const CHANNELS: Record<number, readonly { name: ChannelKey; tint: Rgb }[]> = {
  1: [{ name: 'channelsGrey', tint: [255, 255, 255] }],
  3: [
    { name: 'channelsRed', tint: [255, 40, 40] },
    { name: 'channelsGreen', tint: [40, 200, 40] },
    { name: 'channelsBlue', tint: [60, 110, 255] },
  ],
};

export const REGION_LABELS: Record<RegionName, StringKey> = {
  eye: 'channelsRegionEye',
  nose: 'channelsRegionNose',
  ear: 'channelsRegionEar',
};

const clamp = (v: number): number => Math.max(0, Math.min(1, v));

/** A value in [0, 1] as a byte, 0–255 (values outside are clamped). */
export const byte = (value: number): number => Math.round(clamp(value) * 255);

/** A value in [0, 1] as a colour: black at 0, the tint at 1 (values outside are clamped). */
export function tinted(tint: Rgb, value: number): Rgb {
  const v = clamp(value);
  return [Math.round(tint[0] * v), Math.round(tint[1] * v), Math.round(tint[2] * v)];
}
