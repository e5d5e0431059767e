import { toGrey } from '../../models/conv2d/grey';
import type { Volume } from '../../models/conv2d/volume';
import { decodePixels } from '../../ui/decode-image';

/** The longer side of a photo is scaled down to this: a phone's 12-megapixel photo would slow every edit. */
export const MAX_SIDE = 512;

/** A width and height that fit in max × max with the same aspect ratio; never enlarged. */
export function fitSize(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Decodes an image the browser can show (a photo of this site, or a reader's file as a blob: URL),
 * scales it to fit MAX_SIDE and turns it grey, in [0, 1]. Rejects when the browser cannot decode it.
 */
export async function decodeGrey(src: string): Promise<Volume> {
  const { data, width, height } = await decodePixels(src, fitSize);
  return toGrey(data, width, height);
}
