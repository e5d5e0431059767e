import { useStrings } from './strings';
import { outputSize, type Geometry } from '../../models/conv2d/geometry';

const minus = (x: number) => (x < 0 ? `−${-x}` : String(x));

/**
 * ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1, in general and with the current numbers put in, as plain text
 * (no maths renderer at run time). When the kernel does not fit, the result is below 1: no window.
 */
export function OutputSizeFormula({ g }: { g: Geometry }) {
  const { t } = useStrings();
  const { n, k, s, p, d } = g;
  const room = n + 2 * p - d * (k - 1) - 1;
  const raw = Math.floor(room / s) + 1;
  const size = outputSize(g);
  const dilated = d > 1 ? `${d}·(${k} − 1)` : `(${k} − 1)`;
  return (
    <div className="geometry-formula">
      <p>
        {t('geometryFormulaLabel')}{' '}
        <span className="formula">
          ⌊(<var>n</var> + 2<var>p</var> − <var>d</var>(<var>k</var> − 1) − 1) / <var>s</var>⌋ + 1
        </span>
      </p>
      {/* it breaks only between its parts, never inside one */}
      <p data-testid="geometry-formula">
        <span className="formula">{`⌊(${n} + 2·${p} − ${dilated} − 1) / ${s}⌋ + 1`}</span>{' '}
        <span className="formula">{`= ⌊${minus(room)} / ${s}⌋ + 1`}</span>{' '}
        {size > 0 ? (
          <span className="formula">
            = <strong>{size}</strong>
          </span>
        ) : (
          <>
            <span className="formula">= {minus(raw)}:</span> <strong>{t('geometryFormulaNoFit')}</strong>
          </>
        )}
      </p>
    </div>
  );
}
