import { useStrings } from './strings';
import type { AxisCoverage } from '../../models/conv2d/coverage';
import { kernelSpan, outputSize, type Geometry } from '../../models/conv2d/geometry';

/**
 * What is wrong or wasteful about the geometry, in words (the drawing marks the same cells): a kernel
 * that does not fit, input rows and columns no window reads, padding no window reads (harmless, said
 * so), and windows that see only zeros. Announced as it changes.
 */
export function GeometryStatus({ g, coverage, id }: { g: Geometry; coverage: AxisCoverage; id: string }) {
  const { t } = useStrings();
  const messages: string[] = [];
  const size = outputSize(g);
  const padded = g.n + 2 * g.p;
  const unread = coverage.read.flatMap((read, x) => (read ? [] : [x - g.p]));
  const unreadInput = unread.filter((i) => i >= 0 && i < g.n);
  const zeroWindows = coverage.zerosOnly.filter(Boolean).length;

  if (size === 0) {
    messages.push(t('geometryNoFit', { span: kernelSpan(g), padded }));
  } else {
    if (unreadInput.length > 0)
      messages.push(t('geometryUnread', { list: unreadInput.join(t('geometryListJoin')) }));
    else if (unread.length > 0) messages.push(t('geometryUnreadPadding'));
    if (zeroWindows > 0)
      messages.push(
        t('geometryZerosOnly', { count: size * size - (size - zeroWindows) ** 2, total: size * size }),
      );
    if (messages.length === 0) messages.push(t('geometryAllRead'));
  }

  // skipped padding is worth a note, not a warning
  const problem = size === 0 || unreadInput.length > 0 || zeroWindows > 0;
  return (
    <div id={id} className={`geometry-status${problem ? ' is-problem' : ''}`} role="status">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
