import { memo, useId, useRef } from 'react';
import { useStrings } from './strings';
import { Select } from '../../ui/Select';
import { PHOTOS, type PhotoName } from './state';
import type { PhotoChoice, PhotoProblem } from './usePhoto';

const photoLabel = {
  chelsea: 'labPhotoChelsea',
  camera: 'labPhotoCamera',
  brick: 'labPhotoBrick',
} as const;

const problemText = {
  empty: 'labFileEmpty',
  notImage: 'labFileNotImage',
  broken: 'labFileBroken',
} as const;

/**
 * The photo: one of the book's, or the reader's own through a file picker (or a drop onto the
 * figure). Says that an own image stays on the reader's computer, and why a file was refused.
 */
export const PhotoPicker = memo(function PhotoPicker({
  name,
  onName,
  choice,
}: {
  name: PhotoName;
  onName: (name: PhotoName) => void;
  choice: PhotoChoice;
}) {
  const { t } = useStrings();
  const fileInput = useRef<HTMLInputElement>(null);
  const noteId = useId();
  const describe = (problem: PhotoProblem): string =>
    problem.kind === 'photo'
      ? t('labPhotoFailed', { message: problem.message })
      : t(problemText[problem.kind], { name: problem.file, type: problem.type });
  const options = [
    ...PHOTOS.map((value) => ({ value, label: t(photoLabel[value]) })),
    ...(choice.ownName ? [{ value: 'own' as const, label: t('labPhotoOwn', { name: choice.ownName }) }] : []),
  ];

  return (
    <div className="lab-photo">
      <div className="control-row">
        <Select
          label={t('labPhoto')}
          value={choice.showingOwn ? 'own' : name}
          options={options}
          onChange={(value) => {
            choice.showOwn(value === 'own');
            if (value !== 'own') onName(value);
          }}
        />
        <button type="button" onClick={() => fileInput.current?.click()} aria-describedby={noteId}>
          {t('labChooseFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          hidden
          aria-label={t('labChooseFile')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) choice.openFile(file);
            // choosing the same file again must still be noticed
            event.currentTarget.value = '';
          }}
        />
      </div>
      <p id={noteId} className="lab-note">
        {t('labFileNote')}
      </p>
      {choice.problem && (
        <p className="lab-error" role="alert">
          {describe(choice.problem)}
        </p>
      )}
    </div>
  );
});
