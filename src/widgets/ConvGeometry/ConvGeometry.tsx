import { useId, useMemo, type CSSProperties } from 'react';
import { useReadyWhen } from '../../frame/WidgetContext';
import { useUrlState } from '../../frame/url-state';
import { useStrings } from './strings';
import { axisCoverage } from '../../models/conv2d/coverage';
import { outputSize } from '../../models/conv2d/geometry';
import { Icon } from '../../ui/Icon';
import { drawingUnits } from './drawing';
import { GeometryLegend } from './GeometryLegend';
import { GeometrySliders } from './GeometrySliders';
import { GeometryStatus } from './GeometryStatus';
import { OutputGrid } from './OutputGrid';
import { OutputSizeFormula } from './OutputSizeFormula';
import { PaddedInput } from './PaddedInput';
import { SamePaddingButton } from './SamePaddingButton';
import { geometrySchema } from './state';
import { WindowDescription } from './WindowDescription';

/**
 * Kernel size, stride, padding and dilation on a square input: where the windows fall, how many there
 * are (the output-size formula with the numbers put in), and which input cells no window reads. Pure
 * geometry, no TF.js.
 */
export default function ConvGeometry() {
  const { t } = useStrings();
  const [state, update] = useUrlState(geometrySchema);
  const { n, k, s, p, d } = state;
  const g = useMemo(() => ({ n, k, s, p, d }), [n, k, s, p, d]);
  const coverage = useMemo(() => axisCoverage(g), [g]);
  const size = outputSize(g);
  const row = Math.min(state.row, size - 1);
  const col = Math.min(state.col, size - 1);
  const ids = useId();
  const [windowId, statusId] = [`${ids}-window`, `${ids}-status`];
  useReadyWhen(true);

  // the windows in reading order, for the step buttons
  const index = row * size + col;
  const stepTo = (i: number) => update({ row: Math.floor(i / size), col: i % size });

  return (
    <div className="conv-geometry">
      <GeometrySliders state={state} update={update} />
      <SamePaddingButton g={g} onPadding={(padding) => update({ p: padding })} />
      <OutputSizeFormula g={g} />
      <div
        className="geometry-drawings"
        style={{ '--input-units': drawingUnits(n + 2 * p) } as CSSProperties}
      >
        <figure>
          <figcaption>
            {t(p > 0 ? 'geometryInputCaption' : 'geometryInputCaptionUnpadded', { n, padded: n + 2 * p })}
          </figcaption>
          <PaddedInput
            g={g}
            coverage={coverage}
            selected={size > 0 ? { row, col } : null}
            describedBy={size > 0 ? `${windowId} ${statusId}` : statusId}
          />
        </figure>
        {size > 0 && (
          <figure>
            <figcaption>{t('geometryOutputCaption', { size })}</figcaption>
            <OutputGrid
              size={size}
              zerosOnly={coverage.zerosOnly}
              row={row}
              col={col}
              onSelect={(r, c) => update({ row: r, col: c })}
              describedBy={windowId}
            />
            <div className="button-row">
              <button
                type="button"
                onClick={() => stepTo(index - 1)}
                disabled={index === 0}
                aria-label={t('geometryPrevious')}
              >
                <Icon name="stepBack" />
              </button>
              <button
                type="button"
                onClick={() => stepTo(index + 1)}
                disabled={index === size * size - 1}
                aria-label={t('geometryNext')}
              >
                <Icon name="stepForward" />
              </button>
            </div>
          </figure>
        )}
      </div>
      <GeometryLegend
        windows={size > 0}
        unread={coverage.read.includes(false)}
        zerosOnly={coverage.zerosOnly.includes(true)}
      />
      {size > 0 && <WindowDescription g={g} row={row} col={col} id={windowId} />}
      <GeometryStatus g={g} coverage={coverage} id={statusId} />
    </div>
  );
}
