import { useCallback, useEffect, useRef, useState } from 'react';
import { useReadyWhen } from '../../frame/WidgetContext';
import { useUrlState } from '../../frame/url-state';
import { useStrings } from './strings';
import { useTf } from '../../ml/page/useTf';
import { BackendBadge } from '../../ui/BackendBadge';
import { Select } from '../../ui/Select';
import { useEditTiming } from './edit-timing';
import { FeatureMap } from './FeatureMap';
import { InputPhoto } from './InputPhoto';
import { KernelEditor } from './KernelEditor';
import { editedKernel, withKernelAdded, withKernelRemoved, withSize } from './kernels';
import { PhotoPicker } from './PhotoPicker';
import { usePatches } from './pipeline';
import {
  KERNEL_KEYS,
  kernelLabSchema,
  MAX_KERNELS,
  type Contrast,
  type KernelLabState,
  type PhotoName,
} from './state';
import { useFileDrop } from './useFileDrop';
import { usePhoto } from './usePhoto';

/**
 * A photo convolved live by TF.js with up to four kernels of one layer: the reader picks presets,
 * edits weights and sees every feature map, side by side, change within a frame. The photo is
 * uploaded once; an edit re-runs only its own kernel's convolution.
 */
export default function KernelLab() {
  const { t } = useStrings();
  const [state, update] = useUrlState(kernelLabSchema);
  const tfState = useTf();
  const tf = tfState.status === 'ready' ? tfState.runtime.tf : null;
  const choice = usePhoto(state.photo);
  const timing = useEditTiming();
  const drop = useFileDrop(choice.openFile);
  const [painted, setPainted] = useState<ReadonlySet<number>>(() => new Set());

  const size = Number(state.size);
  const patches = usePatches(tf, choice.photo, size);
  const keys = KERNEL_KEYS.slice(0, state.count);
  const editing = Math.min(state.edit, state.count);
  const edited = editedKernel(state);
  useReadyWhen(tf !== null && choice.photo !== null && keys.every((_, i) => painted.has(i + 1)));

  const edit = (patch: Partial<KernelLabState>) => {
    timing.markEdit();
    update(patch);
  };
  const onPainted = useCallback(
    (n: number) => {
      timing.painted();
      setPainted((old) => (old.has(n) ? old : new Set(old).add(n)));
    },
    [timing],
  );
  const onEdit = useCallback((n: number) => update({ edit: n }), [update]);
  // the maps and the weight fields are memoised: these handlers read the state of the moment instead
  // of depending on it, so they stay the same function from render to render
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  const onRemove = useCallback((n: number) => update(withKernelRemoved(latest.current, n)), [update]);
  const onWeight = useCallback(
    (r: number, c: number, value: number) => {
      const { key, rows } = editedKernel(latest.current);
      (rows[r] as number[])[c] = value;
      timing.markEdit();
      update({ [key]: rows.flat() });
    },
    [timing, update],
  );
  const onPhoto = useCallback((photo: PhotoName) => update({ photo }), [update]);

  return (
    <div className={`kernel-lab${drop.dragging ? ' is-dragging' : ''}`} {...drop.handlers}>
      <div className="lab-controls">
        <PhotoPicker name={state.photo} onName={onPhoto} choice={choice} />
        <div className="lab-layer">
          <Select
            label={t('labKernelSize')}
            value={state.size}
            options={[
              { value: '3', label: t('labSize3') },
              { value: '5', label: t('labSize5') },
            ]}
            onChange={(next) => edit(withSize(state, next))}
          />
          <button
            type="button"
            onClick={() => edit(withKernelAdded(state))}
            disabled={state.count >= MAX_KERNELS}
          >
            {t('labAddKernel')}
          </button>
          <p className="lab-note">{t('labLayerNote')}</p>
        </div>
        <div className="lab-view">
          <Select<Contrast>
            label={t('labContrast')}
            value={state.contrast}
            options={[
              { value: 'stretch', label: t('labContrastStretch') },
              { value: 'full', label: t('labContrastFull') },
            ]}
            onChange={(contrast) => edit({ contrast })}
          />
          <p className="lab-note">{t('labContrastNote')}</p>
        </div>
        <KernelEditor
          key={`${editing}-${size}`}
          n={editing}
          rows={edited.rows}
          onChange={(rows) => edit({ [edited.key]: rows.flat() })}
          onWeight={onWeight}
        />
      </div>
      <div className="lab-maps">
        <InputPhoto photo={choice.photo} />
        {keys.map((key, i) => (
          <FeatureMap
            key={key}
            n={i + 1}
            slot={key}
            weights={state[key]}
            size={size}
            contrast={state.contrast}
            tf={tf}
            photo={choice.photo}
            patches={patches}
            editing={editing === i + 1}
            canRemove={state.count > 1}
            onEdit={onEdit}
            onRemove={onRemove}
            onPainted={onPainted}
          />
        ))}
      </div>
      {drop.dragging && (
        <p className="lab-drop" aria-hidden="true">
          {t('labDropHere')}
        </p>
      )}
      <BackendBadge state={tfState} />
    </div>
  );
}
