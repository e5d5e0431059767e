import { useEffect, useState } from 'react';
import { toGrey, toRgb } from '../../models/conv2d/grey';
import type { Photo } from './input';

export type PhotoState =
  { status: 'loading' } | { status: 'ready'; photo: Photo } | { status: 'failed'; error: string };

/** The cat photo, 451 × 300 (also shown small, with the input's region marked). */
export const PHOTO_URL = `${import.meta.env.BASE_URL}images/chelsea.png`;
let loading: Promise<Photo> | undefined;

/** Decodes the photo once per page (every copy of the widget shares it) and reads its pixels from a canvas. */
function loadPhoto(): Promise<Photo> {
  loading ??= (async () => {
    const image = new Image();
    image.src = PHOTO_URL;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2-D canvas');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { rgb: toRgb(data, width, height), grey: toGrey(data, width, height) };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The cat photo's pixels, once loaded (or why they could not be). */
export function usePhoto(): PhotoState {
  const [state, setState] = useState<PhotoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadPhoto().then(
      (photo) => live && setState({ status: 'ready', photo }),
      (error: unknown) =>
        live && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
