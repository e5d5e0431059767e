import { useId, useState } from 'react';
import { sentences } from '../i18n';
import { useStrings } from './strings';
import { parseNumber } from './parse-number';

interface NumberFieldProps {
  label: string;
  /** the last valid value: it stays in force while the field holds a bad entry, and Escape brings it back */
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
 * why and keeps the last valid value in force.
 *
 * A bad entry stays, with its message, until the reader corrects it, presses Escape (back to the last
 * valid value) or the value changes from outside (a preset, a reset). Leaving the field changes
 * nothing: clearing the message on blur would drop what the reader typed without a word and shift
 * the layout under the pointer, so a click on a button below the field (mousedown blurs the field,
 * the button moves up, mouseup lands elsewhere) would be lost. The message stays tied to the field
 * (aria-invalid, aria-describedby), so it is read again when the reader comes back to it.
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
  const { lang, t } = useStrings();
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

  const revert = () => {
    setText(shown(value));
    setError(null);
  };

  const edit = (next: string) => {
    setText(next);
    const check = parseNumber(next, min, max, integer);
    if (check.ok) {
      setError(null);
      onChange(check.value);
    } else {
      // a whole-number field asks for a whole number whether the text is a fraction or no number at all
      const message =
        check.reason === 'range'
          ? t('outOfRange', { min, max })
          : integer
            ? t('wholeNumber')
            : t('invalidNumber');
      setError(sentences(lang, [message, t('keptLastValue', { value })]));
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
        onKeyDown={(event) => {
          // Escape takes back a bad entry; with nothing to take back it is left to whatever holds the field
          if (event.key === 'Escape' && error) {
            event.preventDefault();
            event.stopPropagation();
            revert();
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
