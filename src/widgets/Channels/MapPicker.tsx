import { useStrings } from './strings';
import { rowsOf } from '../../models/conv2d/channels';
import type { Volume } from '../../models/conv2d/volume';
import { formatNumber } from '../../ui/format';
import { MatrixGrid } from '../../ui/MatrixGrid';

interface MapPickerProps {
  maps: Volume;
  row: number;
  col: number;
  onPick: (row: number, col: number) => void;
}

/** Feature map 1 as numbers; each is a button that takes that value apart below. */
export function MapPicker({ maps, row, col, onPick }: MapPickerProps) {
  const { t } = useStrings();
  return (
    <MatrixGrid
      values={rowsOf(maps, 0)}
      caption={t('channelsMapPick')}
      highlight={new Set([`${row},${col}`])}
      onCellClick={onPick}
      cellLabel={(r, c, value) => t('channelsMoveTo', { r: r + 1, c: c + 1, value: formatNumber(value) })}
    />
  );
}
