import { useCallback, useMemo, useState } from 'react';
import { useReadyWhen } from '../../frame/WidgetContext';
import { useUrlState } from '../../frame/url-state';
import { useStrings } from './strings';
import { conv1dOutputLength, conv1dWindow, padBefore } from '../../models/conv1d';
import { makeSignal, SIGNALS, type SignalKind } from '../../models/signals';
import { useTf } from '../../ml/page/useTf';
import { BackendBadge } from '../../ui/BackendBadge';
import { LinePlot } from '../../ui/LinePlot';
import { PlayControls } from '../../ui/PlayControls';
import { Select } from '../../ui/Select';
import { Slider } from '../../ui/Slider';
import { KernelEditor } from './KernelEditor';
import { LearnKernel } from './LearnKernel';
import { conv1dSchema, SIGNAL_LENGTH } from './state';
import { useConvOutput } from './useConvOutput';
import { WindowProducts } from './WindowProducts';

const signalLabel = {
  step: 'signalStep',
  pulse: 'signalPulse',
  sine: 'signalSine',
  spikes: 'signalSpikes',
} as const;

/**
 * A 1-D convolution the reader can take apart: pick a signal, edit the kernel, and step the window
 * along to see each output value made from element-wise products and a sum. TF.js computes the
 * whole output; the plain arithmetic of the current window is shown beside it.
 */
export default function Conv1d() {
  const { t } = useStrings();
  const [state, update] = useUrlState(conv1dSchema);
  const [playing, setPlaying] = useState(false);
  const tf = useTf();

  const signal = useMemo(
    () => makeSignal(state.signal, SIGNAL_LENGTH, state.seed),
    [state.signal, state.seed],
  );
  const output = useConvOutput(tf, signal, state.kernel, state.padding);
  const outputs = conv1dOutputLength(SIGNAL_LENGTH, state.kernel.length, state.padding);
  const position = Math.min(state.position, Math.max(0, outputs - 1));
  const window = conv1dWindow(signal, state.kernel, state.padding, position);
  const start = position - padBefore(state.kernel.length, state.padding);
  // each output value is drawn above the centre of its window
  const centre = (state.kernel.length - 1) / 2 - padBefore(state.kernel.length, state.padding);
  useReadyWhen(output !== null);

  const step = useCallback(
    (direction: 1 | -1) => update({ position: Math.max(0, Math.min(outputs - 1, position + direction)) }),
    [update, outputs, position],
  );
  const outputSeries = output ? Array.from(output) : [];

  return (
    <div className="conv1d">
      <div className="control-row">
        <Select
          label={t('signal')}
          value={state.signal}
          options={SIGNALS.map((s) => ({ value: s, label: t(signalLabel[s]) }))}
          onChange={(signal: SignalKind) => update({ signal })}
        />
        <Select
          label={t('padding')}
          value={state.padding}
          options={[
            { value: 'same', label: t('paddingSame') },
            { value: 'valid', label: t('paddingValid') },
          ]}
          onChange={(padding) => update({ padding })}
        />
      </div>
      <KernelEditor kernel={state.kernel} onChange={(kernel) => update({ kernel })} />
      <LinePlot
        series={[
          { name: t('input'), values: signal, className: 'series-input' },
          { name: t('output'), values: outputSeries, offset: centre, className: 'series-output' },
        ]}
        xLabel={t('sampleIndex')}
        yLabel={t('value')}
        description={t('conv1dDescription')}
        band={[start, start + state.kernel.length - 1]}
        marker={output ? { x: position + centre, y: output[position] ?? NaN } : undefined}
        onPick={(x) => update({ position: Math.max(0, Math.min(outputs - 1, Math.round(x - centre))) })}
      />
      {outputs > 0 && (
        <>
          <Slider
            label={t('position')}
            value={position}
            min={0}
            max={outputs - 1}
            onChange={(p) => update({ position: p })}
            valueText={(i) => t('positionValue', { i, n: outputs })}
          />
          <PlayControls
            playing={playing}
            onPlayingChange={setPlaying}
            onStep={step}
            onReset={() => {
              setPlaying(false);
              update({ position: 0 });
            }}
            speed={state.speed}
            onSpeedChange={(speed) => update({ speed })}
            canStepBack={position > 0}
            canStepForward={position < outputs - 1}
          />
          <WindowProducts window={window} kernel={state.kernel} position={position} />
        </>
      )}
      <LearnKernel
        signal={signal}
        target={output ? Array.from(output) : null}
        kernelSize={state.kernel.length}
        padding={state.padding}
      />
      <BackendBadge state={tf} />
    </div>
  );
}
