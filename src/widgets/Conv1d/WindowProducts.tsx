import { useStrings } from './strings';
import type { Window } from '../../models/conv1d';
import { formatNumber } from '../../ui/format';
import { MatrixGrid } from '../../ui/MatrixGrid';

interface WindowProductsProps {
  window: Window;
  kernel: readonly number[];
  position: number;
}

/**
 * The arithmetic at one window position: the inputs under the kernel, the weights, their element-wise
 * products, and the sum that becomes one output value. No matrix multiplication anywhere.
 */
export function WindowProducts({ window, kernel, position }: WindowProductsProps) {
  const { t } = useStrings();
  const columns = window.indices.map((index) => (index < 0 ? '0' : `x[${index}]`));
  const terms = window.inputs.map((x, j) => `${formatNumber(x, 2)}·${formatNumber(kernel[j] ?? 0, 2)}`);
  return (
    <div className="window-products">
      <MatrixGrid
        caption={t('products')}
        values={[window.inputs, kernel, window.products]}
        rowLabels={[t('tableInput'), t('tableKernel'), t('tableProduct')]}
        columnLabels={columns}
      />
      <p className="products-sum" data-testid="products-sum">
        {t('productsSum', { i: position, terms: terms.join(' + '), sum: formatNumber(window.sum, 3) })}
      </p>
    </div>
  );
}
