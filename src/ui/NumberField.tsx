import { useId, useState } from 'react';
import { useStrings } from '../i18n';
import { parseNumber } from './parse-number';

interface NumberFieldProps {
  label: string;
  /** the last valid value; the field shows it again when the reader leaves a bad entry */
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  /** hide the label visually (it is still read out), for fields in a grid */
  compactLabel?: boolean;
  /** only whole numbers (a seed, a count) */
  integer?: boolean;
}

/**
 * A number input that never passes a bad value on. While the text is not a number in range, it says
 * why and keeps the last valid value in force; leaving the field restores that value's text.
 */
export function NumberField({
  label,
  value,
  onChange,
  min = -1e6,
  max = 1e6,
  compactLabel = false,
  integer = false,
}: NumberFieldProps) {
  const { t } = useStrings();
  const id = useId();
  const [text, setText] = useState(shown(value));
  const [error, setError] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // the value changed from outside (a preset, a reset): show it, unless the text already means it
  if (value !== shownValue) {
    setShownValue(value);
    const check = parseNumber(text);
    if (!check.ok || check.value !== value) {
      setText(shown(value));
      setError(null);
    }
  }

  const edit = (next: string) => {
    setText(next);
    const check = parseNumber(next, min, max, integer);
    if (check.ok) {
      setError(null);
      onChange(check.value);
    } else {
      const message =
        check.reason === 'range'
          ? t('outOfRange', { min, max })
          : check.reason === 'fraction'
            ? t('wholeNumber')
            : t('invalidNumber');
      setError(`${message} ${t('keptLastValue', { value })}`);
    }
  };

  return (
    <div className={`number-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className={compactLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => edit(event.currentTarget.value)}
        onBlur={() => {
          if (error) {
            setText(shown(value));
            setError(null);
          }
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A value as editable text: at most six decimals, so 1/3 reads 0.333333 rather than seventeen digits. */
const shown = (value: number): string => String(Number(value.toFixed(6)));
