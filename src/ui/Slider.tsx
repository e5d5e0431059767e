import { useId } from 'react';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  /** what a screen reader says for a value, e.g. "stride 2" (the WAI-ARIA slider's aria-valuetext) */
  valueText: (value: number) => string;
  disabled?: boolean;
}

/**
 * A labelled slider. It is the native range input, which already follows the WAI-ARIA slider pattern
 * (arrows, Page Up/Down, Home/End) on every platform and with every assistive technology; the value
 * is shown beside it and spoken through aria-valuetext.
 */
export function Slider({
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  valueText,
  disabled = false,
}: SliderProps) {
  const id = useId();
  const text = valueText(value);
  return (
    <div className="slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={text}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output htmlFor={id} aria-hidden="true">
        {text}
      </output>
    </div>
  );
}
