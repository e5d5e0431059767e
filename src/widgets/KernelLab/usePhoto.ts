import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Volume } from '../../models/conv2d/volume';
import { decodeGrey } from './decode-image';
import { PhotoFileError, readPhotoFile, type FileProblem } from './photo-file';
import type { PhotoName } from './state';

export type PhotoProblem =
  { kind: FileProblem; file: string; type: string } | { kind: 'photo'; message: string };

export interface PhotoChoice {
  /** the grey photo the maps are computed on; null until the first has loaded */
  photo: Volume | null;
  /** the file name of the reader's own image, once one has loaded */
  ownName: string | null;
  showingOwn: boolean;
  /** what went wrong with the last file or photo; the photo before it stays */
  problem: PhotoProblem | null;
  openFile(file: File): void;
  showOwn(show: boolean): void;
}

export const photoUrl = (name: PhotoName): string => `${import.meta.env.BASE_URL}images/${name}.png`;

/**
 * The photo to convolve: one of the book's (named in the link) or the reader's own file (never in
 * the link, never uploaded). A file that fails leaves the last good photo in place, with a reason.
 */
export function usePhoto(name: PhotoName): PhotoChoice {
  const [named, setNamed] = useState<Volume | null>(null);
  const [own, setOwn] = useState<{ name: string; photo: Volume } | null>(null);
  const [showingOwn, setShowingOwn] = useState(false);
  const [problem, setProblem] = useState<PhotoProblem | null>(null);

  useEffect(() => {
    let live = true;
    decodeGrey(photoUrl(name)).then(
      (photo) => {
        if (!live) return;
        setNamed(photo);
        setProblem((old) => (old?.kind === 'photo' ? null : old));
      },
      (error: unknown) =>
        live &&
        setProblem({ kind: 'photo', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [name]);

  const openFile = useCallback((file: File) => {
    readPhotoFile(file).then(
      (photo) => {
        setOwn({ name: file.name, photo });
        setShowingOwn(true);
        setProblem(null);
      },
      (error: unknown) =>
        setProblem({
          kind: error instanceof PhotoFileError ? error.problem : 'broken',
          file: file.name,
          type: file.type,
        }),
    );
  }, []);

  // one object while nothing changes, so the picker need not re-render on a kernel edit
  return useMemo(
    () => ({
      photo: showingOwn && own ? own.photo : named,
      ownName: own?.name ?? null,
      showingOwn: showingOwn && own !== null,
      problem,
      openFile,
      showOwn: setShowingOwn,
    }),
    [showingOwn, own, named, problem, openFile],
  );
}
