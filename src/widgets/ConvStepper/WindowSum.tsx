import { Fragment } from 'react';
import { useStrings } from './strings';
import type { Window2d } from '../../models/conv2d/window';
import { formatNumber } from '../../ui/format';
import { MatrixGrid } from '../../ui/MatrixGrid';
import { fixed2 } from './cell-style';

/** A weight in a product: up to three decimals, in brackets when negative so "×−1" never appears. */
const weight = (w: number): string => (w < 0 ? `(${formatNumber(w)})` : formatNumber(w));

/**
 * The arithmetic of one window: the nine products of pixel and weight, written out, and their sum,
 * which is the feature map's value at this position. (Parts of the stepper's layout, so a fragment.)
 */
export function WindowSum({ window }: { window: Window2d }) {
  const { t } = useStrings();
  const weights = window.weights.flat();
  const terms = window.inputs.flat().map((x, i) => `${fixed2(x)}×${weight(weights[i] ?? 0)}`);
  return (
    <>
      <MatrixGrid caption={t('stepperProducts')} values={window.products} digits={3} />
      <p className="products-sum" data-testid="stepper-sum">
        {/* each term stays on one line; the line breaks between terms */}
        {terms.map((term, i) => (
          <Fragment key={i}>
            {i > 0 && ' + '}
            <span className="stepper-term">{term}</span>
          </Fragment>
        ))}
        {' = '}
        <strong>{fixed2(window.sum)}</strong>
      </p>
      <p className="stepper-note">{t('stepperNote')}</p>
    </>
  );
}
