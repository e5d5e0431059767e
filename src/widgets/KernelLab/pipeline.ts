import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { conv2dFromPatches, uploadPatches, type Patches } from '../../models/conv2d/conv2d-patches';
import { singleKernel, type Volume } from '../../models/conv2d/volume';
import type { Tf } from '../../ml/types';
import { mapStats, paintDiverging, type MapStats } from './paint';
import type { Contrast } from './state';

/**
 * The photo on the TF.js backend, as the patches of one kernel size ("same" zero padding, so every map
 * has the photo's size): made once per photo and size and kept there, so a kernel edit costs one small
 * matrix product; disposed when the photo or the size changes and when the widget goes away. A layout
 * effect makes them, and layout effects run before any passive effect of the same commit: every map's
 * effect (useFeatureMap) finds the current patches in the ref.
 */
export function usePatches(tf: Tf | null, photo: Volume | null, size: number): RefObject<Patches | null> {
  const patches = useRef<Patches | null>(null);
  useLayoutEffect(() => {
    if (!tf || !photo) return undefined;
    const made = uploadPatches(tf, photo, size, (size - 1) / 2);
    patches.current = made;
    return () => {
      patches.current = null;
      made.tensor.dispose();
    };
  }, [tf, photo, size]);
  return patches;
}

interface FeatureMapOptions {
  tf: Tf | null;
  /** the photo, and the ref to its patches (from usePatches) */
  photo: Volume | null;
  patches: RefObject<Patches | null>;
  /** one k × k kernel, of the patches' size */
  rows: readonly (readonly number[])[];
  /** how the map's values meet its colour scale */
  contrast: Contrast;
  canvas: RefObject<HTMLCanvasElement | null>;
  onPainted: () => void;
}

/**
 * One kernel's feature map over the whole photo, computed by TF.js whenever the kernel or the photo
 * changes (and only then), read back with `await data()`, and painted into `canvas` through one
 * ImageData kept from edit to edit. A result that arrives after a newer edit is dropped. A new
 * contrast repaints the last map without computing it again.
 * @returns the map's statistics, for the colour scale and the text alternative; null before the first
 */
export function useFeatureMap({
  tf,
  photo,
  patches,
  rows,
  contrast,
  canvas,
  onPainted,
}: FeatureMapOptions): MapStats | null {
  const [stats, setStats] = useState<MapStats | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const target = useRef<PaintTarget | null>(null);
  // the map on the canvas, repainted when the contrast changes
  const shown = useRef<Volume | null>(null);

  // an effect event: it paints in the contrast of the moment without being an effect's dependency
  const paint = useEffectEvent((map: Volume) => {
    const drawn = paintTarget(target.current, canvas.current, map.w, map.h);
    if (!drawn) return;
    target.current = drawn;
    shown.current = map;
    const next = mapStats(map.data, contrast);
    paintDiverging(map.data, next.limit, drawn.pixels);
    drawn.context.putImageData(drawn.image, 0, 0);
    onPainted();
    setStats(next);
  });

  useEffect(() => {
    // a map of the old photo or kernel is not repainted in a new contrast: the coming result will be
    shown.current = null;
    const current = patches.current;
    if (!tf || !photo || current?.k !== rows.length) return undefined;
    let live = true;
    conv2dFromPatches(tf, current, singleKernel(rows)).then(
      (map) => live && paint(map),
      (error: unknown) => live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [tf, photo, patches, rows]);

  useEffect(() => {
    if (shown.current) paint(shown.current);
  }, [contrast]);

  // the frame's error boundary shows it, with a reset
  if (failure) throw failure;
  return stats;
}

/** A canvas's context and one ImageData (with a pixel view of it), kept from edit to edit. */
interface PaintTarget {
  context: CanvasRenderingContext2D;
  image: ImageData;
  pixels: Uint32Array;
}

/** What to paint a w × h map with: the last target while it still fits the canvas, else a new one. */
function paintTarget(last: PaintTarget | null, canvas: HTMLCanvasElement | null, w: number, h: number) {
  if (last && last.context.canvas === canvas && last.image.width === w && last.image.height === h)
    return last;
  const context = canvas?.getContext('2d');
  if (!context) return null;
  const image = context.createImageData(w, h);
  return { context, image, pixels: new Uint32Array(image.data.buffer) } satisfies PaintTarget;
}
