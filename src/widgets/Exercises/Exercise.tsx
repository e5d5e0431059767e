import type { ReactNode } from 'react';
import { useStrings } from './strings';

/**
 * `<Exercise id="size-1">question prose and an answer tag</Exercise>`: a static box (rendered at build
 * time, never hydrated) headed "Exercise N", numbered by a CSS counter in order of appearance.
 */
export function Exercise({ id, children }: { id: string; children?: ReactNode }) {
  const { t } = useStrings();
  return (
    <aside className="exercise" id={`exercise-${id}`}>
      <p className="exercise-label">{t('exerciseLabel')}</p>
      {children}
    </aside>
  );
}
