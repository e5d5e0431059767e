import { useEffect, useState } from 'react';
import type { Volume } from '../../models/conv2d/volume';
import { eyeFromPixels } from './eye';

export type EyeState =
  { status: 'loading' } | { status: 'ready'; image: Volume } | { status: 'failed'; error: string };

const PHOTO = `${import.meta.env.BASE_URL}images/chelsea.png`;

/** Decodes the photo in the browser and reads its pixels from a canvas. */
async function loadEye(): Promise<Volume> {
  const photo = new Image();
  photo.src = PHOTO;
  await photo.decode();
  const canvas = document.createElement('canvas');
  canvas.width = photo.naturalWidth;
  canvas.height = photo.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2-D canvas');
  context.drawImage(photo, 0, 0);
  return eyeFromPixels(
    context.getImageData(0, 0, canvas.width, canvas.height).data,
    canvas.width,
    canvas.height,
  );
}

/** The grey crop of the cat's eye, once the photo has loaded (or why it could not). */
export function useEyeCrop(): EyeState {
  const [state, setState] = useState<EyeState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadEye().then(
      (image) => live && setState({ status: 'ready', image }),
      (error: unknown) =>
        live && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
