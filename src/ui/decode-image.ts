/** An image's pixels, RGBA row by row, as a canvas reads them. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * Decodes an image the browser can show (a photo of this site, or a reader's file as a blob: URL) and
 * reads its pixels from a canvas, at its own size or at the size `fit` gives for it. All of it happens
 * in the page: nothing is sent anywhere. Rejects when the browser cannot decode the image.
 */
export async function decodePixels(
  src: string,
  fit: (width: number, height: number) => { width: number; height: number } = (width, height) => ({
    width,
    height,
  }),
): Promise<Pixels> {
  const image = new Image();
  image.src = src;
  await image.decode();
  if (!image.naturalWidth || !image.naturalHeight) throw new Error('the image has no size');
  const { width, height } = fit(image.naturalWidth, image.naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('this browser has no 2-D canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, width, height);
  return { data: context.getImageData(0, 0, width, height).data, width, height };
}
