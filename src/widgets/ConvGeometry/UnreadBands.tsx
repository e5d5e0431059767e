import { CELL } from './drawing';

interface UnreadBandsProps {
  /** for each padded position: does some window read it? */
  read: readonly boolean[];
  n: number;
  p: number;
  /** the hatch pattern's id */
  hatch: string;
}

/**
 * Hatches every row and column no window reads: faintly across the padding (skipping zeros is
 * harmless), strongly where the band crosses the input. A row band and a column band per position,
 * not a shape per cell, so a 24 × 24 drawing stays light.
 */
export function UnreadBands({ read, n, p, hatch }: UnreadBandsProps) {
  const full = read.length * CELL;
  const fill = `url(#${hatch})`;
  return (
    <g className="geometry-unread">
      {read.flatMap((isRead, x) => {
        if (isRead) return [];
        const inInput = x >= p && x < p + n;
        const at = x * CELL;
        return [
          <rect key={`r${x}`} className="is-faint" x={0} y={at} width={full} height={CELL} fill={fill} />,
          <rect key={`c${x}`} className="is-faint" x={at} y={0} width={CELL} height={full} fill={fill} />,
          ...(inInput
            ? [
                <rect key={`ri${x}`} x={p * CELL} y={at} width={n * CELL} height={CELL} fill={fill} />,
                <rect key={`ci${x}`} x={at} y={p * CELL} width={CELL} height={n * CELL} fill={fill} />,
              ]
            : []),
        ];
      })}
    </g>
  );
}
