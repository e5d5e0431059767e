import type { Volume } from '../../models/conv2d/volume';
import { decodeGrey } from './decode-image';

export type FileProblem = 'empty' | 'notImage' | 'broken';

/** Why a reader's file cannot be used, for the message. */
export class PhotoFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`the file cannot be used as a photo (${problem})`);
  }
}

/** What can be told from a file before decoding it: an empty file, or one that says it is not an image. */
export function fileProblem(file: File): FileProblem | null {
  if (file.size === 0) return 'empty';
  // a file of unknown type ('') may still be an image: let the decoder decide
  if (file.type !== '' && !file.type.startsWith('image/')) return 'notImage';
  return null;
}

/**
 * A reader's image file as a grey photo, decoded in the browser only. Rejects with a PhotoFileError
 * for an empty file, a file that is not an image, or an image that cannot be decoded.
 */
export async function readPhotoFile(file: File): Promise<Volume> {
  const problem = fileProblem(file);
  if (problem) throw new PhotoFileError(problem);
  const url = URL.createObjectURL(file);
  try {
    return await decodeGrey(url);
  } catch {
    throw new PhotoFileError('broken');
  } finally {
    URL.revokeObjectURL(url);
  }
}
