import type { CSSProperties } from 'react';
import { useStrings } from './strings';
import { rowsOf } from '../../models/conv2d/channels';
import { at, type Volume } from '../../models/conv2d/volume';
import { MatrixGrid } from '../../ui/MatrixGrid';
import { byte, CHANNELS, REGION_LABELS, tinted } from './labels';
import { PixelCanvas, type Rgb } from './PixelCanvas';
import { REGIONS, type RegionName } from './state';
import { PHOTO_URL } from './usePhoto';

const PHOTO = { width: 451, height: 300 };
const THUMB_WIDTH = 150;

/**
 * The input: where it comes from in the photo, the 6 × 6 picture itself, and each of its channels as
 * a tinted picture and a table of numbers, with the current window marked in every channel.
 */
export function InputChannels({
  x,
  region,
  windowCells,
}: {
  x: Volume;
  region: RegionName;
  /** the input cells under the kernel, as "row,column" */
  windowCells: ReadonlySet<string>;
}) {
  const { t } = useStrings();
  const box = REGIONS[region];
  const scale = THUMB_WIDTH / PHOTO.width;
  const channels = CHANNELS[x.c] ?? [];
  // a grey input is drawn with its one channel as red, green and blue alike
  const [g, b] = x.c === 3 ? [1, 2] : [0, 0];
  const picture = (i: number, j: number): Rgb => [
    byte(at(x, i, j, 0)),
    byte(at(x, i, j, g)),
    byte(at(x, i, j, b)),
  ];
  return (
    <div className="channels-input">
      <p className="channels-part">{t('channelsInputPart', { c: x.c })}</p>
      <div className="channels-pictures">
        <div className="channels-thumb" style={{ width: THUMB_WIDTH, height: PHOTO.height * scale }}>
          <img
            src={PHOTO_URL}
            alt={t('channelsWhere', { region: t(REGION_LABELS[region]) })}
            width={THUMB_WIDTH}
            height={PHOTO.height * scale}
          />
          <span
            className="channels-thumb-box"
            style={{
              top: box.top * scale,
              left: box.left * scale,
              width: box.size * scale,
              height: box.size * scale,
            }}
          />
        </div>
        <figure className="channels-picture">
          <PixelCanvas rows={x.h} columns={x.w} colour={picture} label={t('channelsPicture')} cellSize={14} />
          <figcaption aria-hidden="true">{t('channelsColour')}</figcaption>
        </figure>
        {x.c > 1 &&
          channels.map(({ name, tint }, c) => (
            <figure key={name} className="channels-picture">
              <PixelCanvas
                rows={x.h}
                columns={x.w}
                colour={(i, j) => tinted(tint, at(x, i, j, c))}
                label={t('channelsChannelPicture', { name: t(name) })}
                cellSize={10}
              />
              <figcaption aria-hidden="true">{t(name)}</figcaption>
            </figure>
          ))}
      </div>
      <div className="channels-grids">
        {channels.map(({ name, tint }, c) => (
          <div
            key={name}
            className="channels-channel"
            style={{ '--tint': `rgb(${tint.join(' ')})` } as CSSProperties}
          >
            <MatrixGrid
              values={rowsOf(x, c)}
              caption={t('channelsChannel', { name: t(name) })}
              highlight={windowCells}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
