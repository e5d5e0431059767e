import { useStrings, type StringKey } from './strings';

interface GeometryLegendProps {
  /** does any window fit? */
  windows: boolean;
  unread: boolean;
  zerosOnly: boolean;
}

/** What each mark in the drawings means, for the marks the drawings show now. */
export function GeometryLegend({ windows, unread, zerosOnly }: GeometryLegendProps) {
  const { t } = useStrings();
  const items: [string, StringKey][] = [
    ['input', 'geometryLegendInput'],
    ['padding', 'geometryLegendPadding'],
  ];
  if (windows) items.push(['tap', 'geometryLegendTaps'], ['start', 'geometryLegendStart']);
  if (unread) items.push(['unread', 'geometryLegendUnread']);
  if (zerosOnly) items.push(['zeros', 'geometryLegendZeros']);
  return (
    <ul className="geometry-legend">
      {items.map(([kind, label]) => (
        <li key={kind}>
          <span className={`geometry-swatch is-${kind}`} aria-hidden="true">
            {kind === 'padding' ? '0' : ''}
          </span>
          {t(label)}
        </li>
      ))}
    </ul>
  );
}
