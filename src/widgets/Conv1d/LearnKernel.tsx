import { useState } from 'react';
import { useStrings } from './strings';
import type { Padding } from '../../models/conv1d';
import { PROGRESS_EVERY } from '../../ml/protocol/reader-task-map';
import { useReaderTask } from '../../ml/page/useReaderTask';
import { formatNumber } from '../../ui/format';
import { LinePlot } from '../../ui/LinePlot';

interface LearnKernelProps {
  signal: readonly number[];
  target: readonly number[] | null;
  kernelSize: number;
  padding: Padding;
}

/**
 * Trains a fresh kernel, in a Web Worker, to reproduce the current output from the signal: the
 * reader sees the loss fall (log scale) and the learned weights approach theirs. The page stays
 * responsive throughout; "stop" keeps what was learned so far.
 */
export function LearnKernel({ signal, target, kernelSize, padding }: LearnKernelProps) {
  const { t } = useStrings();
  const task = useReaderTask('fit-kernel');
  const [losses, setLosses] = useState<number[]>([]);
  const every = PROGRESS_EVERY;

  const start = () => {
    if (!target) return;
    setLosses([]);
    const config = {
      signal: [...signal],
      target: [...target],
      kernelSize,
      padding,
      steps: 600,
      learningRate: 0.05,
    };
    task.start(config, {
      onProgress: ({ step, metrics }) => {
        if (step % every === 0) setLosses((old) => [...old, metrics.loss]);
      },
    });
  };

  const running = task.status === 'running';
  return (
    <div className="learn-kernel">
      <button type="button" onClick={running ? task.stop : start} disabled={!target}>
        {running ? t('learnStop') : t('learnKernel')}
      </button>
      <p role="status" className="learn-status">
        {task.status === 'running' &&
          task.progress &&
          t('learnStatus', { step: task.progress.step, loss: task.progress.metrics.loss.toExponential(2) })}
        {(task.status === 'done' || task.status === 'stopped') &&
          t('learnDone', {
            step: task.result.steps,
            kernel: task.result.kernel.map((w) => formatNumber(w, 3)).join(', '),
          })}
        {task.status === 'error' && task.message}
      </p>
      {losses.length > 1 && (
        <LinePlot
          series={[
            { name: t('loss'), values: losses, offset: every, xStep: every, className: 'series-loss' },
          ]}
          xLabel={t('step')}
          yLabel={t('loss')}
          description={t('learnLoss')}
          logY
          height={180}
        />
      )}
    </div>
  );
}
