import { useStrings } from './strings';

/*
 * Header cells for a table of numbers whose rows and columns have no names of their own: each row's
 * and column's number, from 1, for screen readers only, so every cell is announced with its place
 * (axe's td-has-header) while the table looks as it did.
 */

/** The header of row or column `index` (from 0), heard but not seen; a row's header is its first cell. */
export function NumberHeader({ scope, index }: { scope: 'row' | 'col'; index: number }) {
  const { t } = useStrings();
  return (
    <th scope={scope} className="visually-hidden">
      {t(scope === 'row' ? 'tableRow' : 'tableColumn', { n: index + 1 })}
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
          <NumberHeader key={c} scope="col" index={c} />
        ))}
      </tr>
    </thead>
  );
}
