import { useState } from 'react';
import { useStrings } from './strings';
import { kernelSpan, samePadding, type Geometry } from '../../models/conv2d/geometry';
import { P_MAX } from './state';

const keyOf = ({ n, k, s, p, d }: Geometry) => `${n},${k},${s},${p},${d}`;

/**
 * Sets the padding that keeps ⌈n / s⌉ outputs, and says what it did, or why no padding equal on both
 * sides can (an even span at stride 1). The note stays until the geometry changes.
 */
export function SamePaddingButton({ g, onPadding }: { g: Geometry; onPadding: (p: number) => void }) {
  const { t } = useStrings();
  const [note, setNote] = useState<{ key: string; text: string } | null>(null);

  const apply = () => {
    const p = samePadding(g);
    const span = kernelSpan(g);
    if (p === null) {
      setNote({ key: keyOf(g), text: t('geometrySameNone', { span, total: span - 1 }) });
    } else if (p > P_MAX) {
      setNote({ key: keyOf(g), text: t('geometrySameTooWide', { p, max: P_MAX }) });
    } else {
      onPadding(p);
      setNote({ key: keyOf({ ...g, p }), text: t('geometrySameSet', { p, size: Math.ceil(g.n / g.s) }) });
    }
  };

  return (
    <div className="geometry-same">
      <button type="button" onClick={apply}>
        {t('geometrySamePadding')}
      </button>
      <p role="status" className="geometry-same-note">
        {note?.key === keyOf(g) ? note.text : ''}
      </p>
    </div>
  );
}
