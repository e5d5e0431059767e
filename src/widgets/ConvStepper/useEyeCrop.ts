import { useMemo } from 'react';
import type { Volume } from '../../models/conv2d/volume';
import { decodePixels } from '../../ui/decode-image';
import { useAsync } from '../../ui/useAsync';
import { eyeFromPixels } from './eye';

export type EyeState =
  { status: 'loading' } | { status: 'ready'; image: Volume } | { status: 'failed'; error: string };

const PHOTO = `${import.meta.env.BASE_URL}images/chelsea.png`;

const loadEye = async (): Promise<Volume> => {
  const { data, width, height } = await decodePixels(PHOTO);
  return eyeFromPixels(data, width, height);
};

/** The grey crop of the cat's eye, once the photo has loaded (or why it could not). */
export function useEyeCrop(): EyeState {
  const state = useAsync(loadEye, []);
  // one object per outcome: the widget's effects depend on it
  return useMemo(() => {
    if (state.status === 'ready') return { status: 'ready', image: state.value };
    return state.status === 'failed' ? { status: 'failed', error: state.error.message } : state;
  }, [state]);
}
