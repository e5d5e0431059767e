import type { ReactNode } from 'react';
import { useStrings } from './strings';
import type { Window2d } from '../../models/conv2d/window';
import { formatNumber } from '../../ui/format';
import { MatrixGrid } from '../../ui/MatrixGrid';
import { CHANNELS } from './labels';

interface ChannelSumsProps {
  /** one window per input channel, at the chosen output position */
  windows: readonly Window2d[];
  bias: number;
  row: number;
  col: number;
  /** TF.js's value of map 1 at the same position, once computed */
  tfValue: number | null;
  /** shown first, beside the products: the map to choose a position in */
  children?: ReactNode;
}

/** A signed term in a sum: "0.42", "(−0.1)". */
const term = (value: number): string => (value < 0 ? `(${formatNumber(value)})` : formatNumber(value));

/**
 * One value of feature map 1 taken apart: each channel's window times its slice of the kernel, each
 * channel's sum, and the one total those sums and the bias make, beside the value TF.js computed.
 */
export function ChannelSums({ windows, bias, row, col, tfValue, children }: ChannelSumsProps) {
  const { t } = useStrings();
  const sums = windows.map((w) => w.sum);
  const total = sums.reduce((a, b) => a + b, 0) + bias;
  const names = (CHANNELS[windows.length] ?? []).map(({ name }) => t(name));
  return (
    <div className="channels-sums">
      <div className="channels-products">
        {children}
        {windows.map((w, c) => (
          <div key={c} className="channels-product">
            <MatrixGrid values={w.products} caption={t('channelsProducts', { name: names[c] ?? '' })} />
            <p className="channels-channel-sum">{t('channelsChannelSum', { sum: formatNumber(w.sum) })}</p>
          </div>
        ))}
      </div>
      <p className="products-sum" data-testid="channels-total">
        {t('channelsTotal', {
          r: row + 1,
          c: col + 1,
          terms: sums.map(term).join(' + '),
          bias: term(bias),
          total: formatNumber(total),
        })}
      </p>
      <p data-testid="channels-tf" data-value={tfValue ?? undefined}>
        {tfValue === null ? '' : t('channelsTf', { value: formatNumber(tfValue) })}
      </p>
      <p className="channels-note">
        {windows.length > 1 ? t('channelsOneMap', { c: windows.length }) : t('channelsOneMapGrey')}
      </p>
    </div>
  );
}
