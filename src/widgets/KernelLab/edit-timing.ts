import { useMemo, useRef } from 'react';

/** User Timing names the bench reads (scripts/bench-interactions.mjs). */
export const EDIT_MARK = 'dl:kernel-lab:edit';
export const EDIT_MEASURE = 'dl:kernel-lab';

export interface EditTiming {
  /** an edit of the kernels was applied */
  markEdit(): void;
  /** a feature map was put on its canvas; the frame that shows it ends the measure */
  painted(): void;
}

/**
 * Measures the time from a kernel edit to the frame that shows its feature map: a mark when the edit
 * is applied, and a measure in the animation frame after the map is painted. Only edits are measured
 * (not the first paint, nor a new photo), once each.
 */
export function useEditTiming(): EditTiming {
  const pending = useRef(false);
  const scheduled = useRef(false);
  return useMemo(
    () => ({
      markEdit() {
        performance.mark(EDIT_MARK);
        pending.current = true;
      },
      painted() {
        if (!pending.current || scheduled.current) return;
        scheduled.current = true;
        requestAnimationFrame(() => {
          scheduled.current = false;
          if (!pending.current) return;
          pending.current = false;
          performance.measure(EDIT_MEASURE, EDIT_MARK);
          performance.clearMarks(EDIT_MARK);
        });
      },
    }),
    [],
  );
}
