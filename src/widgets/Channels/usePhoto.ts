import { useMemo } from 'react';
import { toGrey, toRgb } from '../../models/conv2d/grey';
import { decodePixels } from '../../ui/decode-image';
import { useAsync } from '../../ui/useAsync';
import type { Photo } from './input';

export type PhotoState =
  { status: 'loading' } | { status: 'ready'; photo: Photo } | { status: 'failed'; error: string };

/** The cat photo, 451 × 300 (also shown small, with the input's region marked). */
export const PHOTO_URL = `${import.meta.env.BASE_URL}images/chelsea.png`;
let loading: Promise<Photo> | undefined;

/** Decodes the photo once per page (every copy of the widget shares it), in colour and in grey. */
function loadPhoto(): Promise<Photo> {
  loading ??= decodePixels(PHOTO_URL).then(
    ({ data, width, height }) => ({ rgb: toRgb(data, width, height), grey: toGrey(data, width, height) }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The cat photo's pixels, once loaded (or why they could not be). */
export function usePhoto(): PhotoState {
  const state = useAsync(loadPhoto, []);
  // one object per outcome: the widget's effects depend on it
  return useMemo(() => {
    if (state.status === 'ready') return { status: 'ready', photo: state.value };
    return state.status === 'failed' ? { status: 'failed', error: state.error.message } : state;
  }, [state]);
}
