import { memo, useEffect, useRef } from 'react';
import { useStrings } from './strings';
import type { Volume } from '../../models/conv2d/volume';
import { paintGrey } from './paint';
import { FIRST_PHOTO_SIZE } from './state';

/** The photo as the convolution sees it: one channel of brightness, drawn at the size of the maps. */
export const InputPhoto = memo(function InputPhoto({ photo }: { photo: Volume | null }) {
  const { t } = useStrings();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!photo || !context) return;
    const image = context.createImageData(photo.w, photo.h);
    paintGrey(photo.data, image.data);
    context.putImageData(image, 0, 0);
  }, [photo]);

  return (
    <figure className="lab-card lab-input">
      <figcaption className="lab-card-title">{t('labInput')}</figcaption>
      <canvas
        ref={canvas}
        width={(photo ?? FIRST_PHOTO_SIZE).w}
        height={(photo ?? FIRST_PHOTO_SIZE).h}
        role="img"
        aria-label={photo ? t('labInputAlt', { w: photo.w, h: photo.h }) : t('labPhotoLoading')}
      />
      <div className="colour-scale" aria-hidden="true">
        <span>0</span>
        <span className="colour-ramp" />
        <span>1</span>
      </div>
      <p className="lab-stats">{t('labInputScale')}</p>
    </figure>
  );
});
