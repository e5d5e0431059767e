import { useStrings } from './strings';
import { formatNumber } from '../../ui/format';
import type { TrainRunView } from './useTrainRun';
import { BATCH } from './useTrainRun';

/**
 * What the run is doing, in words: choosing a backend, its step and loss, its summary, or its error;
 * under it, each backend's measured step, why it could not run, or that it was stopped as too slow.
 */
export function TrainStatus({ run, steps }: { run: TrainRunView; steps: number }) {
  const { t } = useStrings();
  const { status, trials, fallbacks } = run;
  const loss = (value: number | undefined) => formatNumber(value ?? NaN, 3);
  let line = '';
  if (status.kind === 'choosing') line = t('trainChoosing');
  if (status.kind === 'running')
    line = t('trainRunning', { step: status.step, steps, loss: loss(status.loss), backend: status.backend });
  if (status.kind === 'done') {
    const { losses, stepMs, backend } = status.result;
    const timed = stepMs.slice(1);
    const ms = timed.reduce((a, b) => a + b, 0) / Math.max(1, timed.length);
    const values = { steps: losses.length, backend, first: loss(losses[0]), last: loss(losses.at(-1)) };
    line = status.stopped
      ? t('trainStopped', values)
      : t('trainDone', {
          ...values,
          ms: formatNumber(ms, 1),
          perSecond: Math.round((1000 * BATCH) / ms),
        });
  }
  if (status.kind === 'failed') line = status.message;
  const measured = trials
    .map((trial) =>
      'ms' in trial
        ? `${trial.name} ${formatNumber(trial.ms, 1)} ms`
        : 'failed' in trial
          ? t('trainTrialFailed', { backend: trial.name, reason: trial.failed })
          : t('trainTrialSlower', {
              backend: trial.name,
              factor: trial.passedOver.factor,
              than: trial.passedOver.than,
            }),
    )
    .join(' · ');
  return (
    <div className="train-status">
      <p role="status" className={`train-line is-${status.kind}`}>
        {line}
      </p>
      {measured && <p className="train-trials">{t('trainTrials', { trials: measured })}</p>}
      {fallbacks.map((f) => (
        <p key={`${f.step}-${f.to}`} className="train-fallback" role="alert">
          {t('trainFallback', {
            from: f.from,
            to: f.to,
            step: f.step,
            reason: f.reason,
            resumed: f.resumedFrom,
          })}
        </p>
      ))}
    </div>
  );
}
