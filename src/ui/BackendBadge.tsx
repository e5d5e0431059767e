import { useStrings } from './strings';
import type { TfState } from '../ml/page/useTf';

/** Tells the reader what computes the figure: TF.js starting, the backend it chose, or why it failed. */
export function BackendBadge({ state }: { state: TfState }) {
  const { t } = useStrings();
  const text =
    state.status === 'loading'
      ? t('backendStarting')
      : state.status === 'ready'
        ? t('backendRunning', { backend: state.runtime.label })
        : t('backendFailed', { message: state.error.message });
  const trials =
    state.status === 'ready'
      ? state.runtime.trials
          .map((trial) =>
            'ms' in trial
              ? t('backendTrialTime', { backend: trial.name, ms: trial.ms.toFixed(1) })
              : 'failed' in trial
                ? t('backendTrialFailed', { backend: trial.name, reason: trial.failed })
                : t('backendTrialPassedOver', {
                    backend: trial.name,
                    factor: trial.passedOver.factor,
                    than: trial.passedOver.than,
                  }),
          )
          .join(' · ')
      : undefined;
  return (
    <p
      className={`backend-badge is-${state.status}`}
      role="status"
      title={trials}
      data-backend={state.status === 'ready' ? state.runtime.backend : undefined}
    >
      {text}
    </p>
  );
}
