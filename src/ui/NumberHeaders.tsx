import { useStrings } from '../i18n';

/*
 * Header cells for a table of numbers whose rows and columns have no names of their own: each row's
 * and column's number, from 1, for screen readers only, so every cell is announced with its place
 * (axe's td-has-header) while the table looks as it did.
 */

/** The header of column `index` (from 0), heard but not seen. */
export function ColumnNumber({ index }: { index: number }) {
  const { t } = useStrings();
  return (
    <th scope="col" className="visually-hidden">
      {t('tableColumn', { n: index + 1 })}
    </th>
  );
}

/** The header of row `index` (from 0), heard but not seen: the first cell of that row. */
export function RowNumber({ index }: { index: number }) {
  const { t } = useStrings();
  return (
    <th scope="row" className="visually-hidden">
      {t('tableRow', { n: index + 1 })}
    </th>
  );
}

/** A header row of column numbers, after an empty corner above the row headers. */
export function ColumnNumbers({ count }: { count: number }) {
  return (
    <thead>
      <tr>
        <td className="visually-hidden" />
        {Array.from({ length: count }, (_, c) => (
          <ColumnNumber key={c} index={c} />
        ))}
      </tr>
    </thead>
  );
}
