import { useEffect, useRef } from 'react';
import { useStrings } from './strings';
import { Icon } from './Icon';
import { Slider } from './Slider';

interface PlayControlsProps {
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
  onStep: (direction: 1 | -1) => void;
  onReset: () => void;
  /** steps per second */
  speed: number;
  onSpeedChange: (speed: number) => void;
  canStepBack: boolean;
  canStepForward: boolean;
}

/** Play, pause, step and reset, with a speed slider. While playing it steps forward `speed` times a second. */
export function PlayControls({
  playing,
  onPlayingChange,
  onStep,
  onReset,
  speed,
  onSpeedChange,
  canStepBack,
  canStepForward,
}: PlayControlsProps) {
  const { t } = useStrings();
  const step = useRef(onStep);
  useEffect(() => {
    step.current = onStep;
  }, [onStep]);

  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(() => step.current(1), 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed]);

  useEffect(() => {
    if (playing && !canStepForward) onPlayingChange(false);
  }, [playing, canStepForward, onPlayingChange]);

  return (
    <div className="play-controls">
      <div className="button-row">
        <button type="button" onClick={() => onStep(-1)} disabled={!canStepBack} aria-label={t('stepBack')}>
          <Icon name="stepBack" />
        </button>
        <button
          type="button"
          onClick={() => onPlayingChange(!playing)}
          disabled={!playing && !canStepForward}
          aria-label={playing ? t('pause') : t('play')}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          onClick={() => onStep(1)}
          disabled={!canStepForward}
          aria-label={t('stepForward')}
        >
          <Icon name="stepForward" />
        </button>
        <button type="button" onClick={onReset} aria-label={t('reset')}>
          <Icon name="reset" />
        </button>
      </div>
      <Slider
        label={t('speed')}
        value={speed}
        min={1}
        max={20}
        onChange={onSpeedChange}
        valueText={(n) => t('speedValue', { n })}
      />
    </div>
  );
}
