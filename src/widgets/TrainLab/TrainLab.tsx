import { useReadyWhen } from '../../frame/WidgetContext';
import { useUrlState } from '../../frame/url-state';
import { useStrings } from './strings';
import { SAVE_EVERY } from '../../ml/protocol/reader-task-map';
import { formatNumber } from '../../ui/format';
import { LinePlot } from '../../ui/LinePlot';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { TrainStatus } from './TrainStatus';
import { BACKEND_CHOICES, MAX_EPOCHS, TRAIN_MODELS, trainLabSchema } from './state';
import { STEPS_PER_EPOCH, useTrainRun } from './useTrainRun';

const MODEL_LABELS = {
  'reference-cnn': 'trainModelCnn',
  'residual-8x16': 'trainModelResidual',
  'lstm-64x30': 'trainModelLstm',
} as const;

/**
 * Trains one of the book's models on 1,000 examples in a Web Worker: the loss curve as it falls, the
 * time per step, the backend that runs it and why (each backend's measured step), and a fall-back if
 * that backend fails. The page never waits on it; "stop" keeps what was reached.
 */
export default function TrainLab() {
  const { t } = useStrings();
  const [state, update] = useUrlState(trainLabSchema);
  const run = useTrainRun();
  useReadyWhen(true);
  const busy = run.status.kind === 'choosing' || run.status.kind === 'running';
  const plotted = run.losses.filter((point) => point.step % SAVE_EVERY === 0);

  return (
    <div className="train-lab">
      <div className="train-controls">
        <Select
          label={t('trainModel')}
          value={state.model}
          options={TRAIN_MODELS.map((model) => ({ value: model, label: t(MODEL_LABELS[model]) }))}
          onChange={(model) => update({ model })}
        />
        <Select
          label={t('trainBackend')}
          value={state.backend}
          options={BACKEND_CHOICES.map((b) => ({
            value: b,
            label: b === 'auto' ? t('trainBackendAuto') : b,
          }))}
          onChange={(backend) => update({ backend })}
        />
        <NumberField
          label={t('trainEpochs')}
          value={state.epochs}
          min={1}
          max={MAX_EPOCHS}
          integer
          onChange={(epochs) => update({ epochs })}
        />
        <NumberField
          label={t('trainSeed')}
          value={state.seed}
          min={0}
          max={2 ** 31 - 1}
          integer
          onChange={(seed) => update({ seed })}
        />
      </div>
      <button
        type="button"
        className="train-button"
        onClick={
          busy
            ? run.stop
            : () =>
                run.start({
                  model: state.model,
                  seed: state.seed,
                  epochs: state.epochs,
                  backend: state.backend === 'auto' ? undefined : state.backend,
                })
        }
      >
        {busy ? t('trainStop') : t('trainStart')}
      </button>
      <TrainStatus run={run} steps={state.epochs * STEPS_PER_EPOCH} />
      <LinePlot
        series={[
          {
            name: t('trainLoss'),
            values: plotted.map((point) => point.loss),
            offset: SAVE_EVERY,
            xStep: SAVE_EVERY,
            className: 'series-loss',
          },
        ]}
        xLabel={t('trainStep')}
        yLabel={t('trainLoss')}
        description={`${t('trainLossPlot')} ${plotted.map((p) => formatNumber(p.loss, 3)).join(', ')}`}
        logY
        height={200}
        placeholder={plotted.length > 1 ? undefined : t('trainPlotWaiting')}
      />
    </div>
  );
}
