import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../../i18n';
import type { Padding } from '../../models/conv1d';
import type { FitKernelResult } from '../../models/fit-kernel';
import type { Run } from '../../ml/page/task-client';
import { PROGRESS_EVERY } from '../../ml/protocol/reader-task-map';
import { startReaderWorker } from '../../ml/page/start-reader-worker';
import { formatNumber } from '../../ui/format';
import { LinePlot } from '../../ui/LinePlot';

interface LearnKernelProps {
  signal: readonly number[];
  target: readonly number[] | null;
  kernelSize: number;
  padding: Padding;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; step: number; loss: number }
  | { kind: 'done'; result: FitKernelResult }
  | { kind: 'failed'; message: string };

/**
 * Trains a fresh kernel, in a Web Worker, to reproduce the current output from the signal: the
 * reader sees the loss fall (log scale) and the learned weights approach theirs. The page stays
 * responsive throughout; "stop" keeps what was learned so far.
 */
export function LearnKernel({ signal, target, kernelSize, padding }: LearnKernelProps) {
  const { t } = useStrings();
  const worker = useRef<ReturnType<typeof startReaderWorker> | null>(null);
  const run = useRef<Run<FitKernelResult> | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [losses, setLosses] = useState<number[]>([]);
  const every = PROGRESS_EVERY;

  useEffect(() => () => worker.current?.terminate(), []);

  const start = () => {
    if (!target) return;
    worker.current ??= startReaderWorker();
    setLosses([]);
    setStatus({ kind: 'running', step: 0, loss: NaN });
    const config = {
      signal: [...signal],
      target: [...target],
      kernelSize,
      padding,
      steps: 600,
      learningRate: 0.05,
    };
    run.current = worker.current.run('fit-kernel', config, ({ step, metrics }) => {
      const loss = metrics.loss ?? NaN;
      if (step % every === 0) setLosses((old) => [...old, loss]);
      setStatus({ kind: 'running', step, loss });
    });
    run.current.result.then(
      ({ result }) => setStatus({ kind: 'done', result }),
      (error: Error) => setStatus({ kind: 'failed', message: error.message }),
    );
  };

  const running = status.kind === 'running';
  return (
    <div className="learn-kernel">
      <button type="button" onClick={running ? () => run.current?.stop() : start} disabled={!target}>
        {running ? t('learnStop') : t('learnKernel')}
      </button>
      <p role="status" className="learn-status">
        {status.kind === 'running' &&
          status.step > 0 &&
          t('learnStatus', { step: status.step, loss: status.loss.toExponential(2) })}
        {status.kind === 'done' &&
          t('learnDone', {
            step: status.result.steps,
            kernel: status.result.kernel.map((w) => formatNumber(w, 3)).join(', '),
          })}
        {status.kind === 'failed' && status.message}
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
