import { useStrings } from './strings';
import { rowsOf } from '../../models/conv2d/channels';
import type { Volume } from '../../models/conv2d/volume';
import { divergingColour, symmetricLimit } from '../../ui/colour-scale';
import { formatNumber } from '../../ui/format';
import { MatrixGrid } from '../../ui/MatrixGrid';
import { PixelCanvas } from './PixelCanvas';

/**
 * Every feature map of the layer as a small picture (blue negative, orange positive, each scaled to its
 * own largest value), with all of them as numbers on request.
 */
export function FeatureMaps({ maps }: { maps: Volume }) {
  const { t } = useStrings();
  const all = Array.from({ length: maps.c }, (_, o) => rowsOf(maps, o));
  const label = (o: number, values: number[][]) =>
    t('channelsMapLabel', {
      i: o + 1,
      min: formatNumber(Math.min(...values.flat())),
      max: formatNumber(Math.max(...values.flat())),
    });
  return (
    <div className="channels-maps">
      <ol className="channels-map-list">
        {all.map((values, o) => {
          const limit = symmetricLimit(values);
          return (
            <li key={o} className="channels-map">
              <PixelCanvas
                rows={maps.h}
                columns={maps.w}
                colour={(i, j) => divergingColour(values[i]?.[j] ?? 0, limit)}
                label={label(o, values)}
                cellSize={16}
              />
              <span className="channels-map-name">
                {t('channelsMap', { i: o + 1 })}
                <br />
                <span className="channels-map-kind">
                  {o === 0 ? t('channelsMapYours') : t('channelsMapRandom')}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="channels-note">{t('channelsMapsScale')}</p>
      <details>
        <summary>{t('channelsMapsTable')}</summary>
        <div className="channels-map-tables">
          {all.map((values, o) => (
            <MatrixGrid key={o} values={values} caption={label(o, values)} />
          ))}
        </div>
      </details>
    </div>
  );
}
