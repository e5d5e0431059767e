import { useStrings } from './strings';
import { formatNumber } from '../../ui/format';
import { parseNumber } from '../../ui/parse-number';
import { AnswerForm, type Outcome } from './AnswerForm';

interface NumberAnswerProps {
  /** the exercise's id, unique on the page */
  id: string;
  answer: number;
  /** the answer is a whole number (a size, a count): a fraction is refused with a message */
  whole?: boolean;
  /** how far a right answer may be off, for answers a reader rounds */
  tolerance?: number;
  /** the worked answer, said when the reader is right or asks for it */
  working: string;
  /** said after a wrong answer that is no known slip */
  hint: string;
  /** the explanation of a known slip that gives this value, if it is one */
  mistake?: (value: number) => string | undefined;
}

/** A number to type and check: a labelled field, a Check button (or Enter), and an explained verdict. */
export function NumberAnswer({
  id,
  answer,
  whole = true,
  tolerance = 0,
  working,
  hint,
  mistake,
}: NumberAnswerProps) {
  const { t } = useStrings();
  const check = (text: string): Outcome => {
    const parsed = parseNumber(text);
    if (!parsed.ok) return { kind: 'invalid', text: t('exerciseInvalid') };
    const value = parsed.value;
    if (whole && !Number.isInteger(value)) return { kind: 'invalid', text: t('exerciseWhole') };
    if (Math.abs(value - answer) <= tolerance + 1e-9) return { kind: 'right', why: working };
    return { kind: 'wrong', given: formatNumber(value, 6), why: mistake?.(value) ?? hint };
  };

  const input = `exercise-${id}-input`;
  return (
    <AnswerForm id={id} check={check} working={working}>
      {({ answer, setAnswer, verdict, feedbackId }) => (
        <div className="exercise-row">
          <label htmlFor={input}>{t('exerciseYourAnswer')}</label>
          <input
            id={input}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={answer}
            aria-invalid={verdict?.kind === 'invalid' ? true : undefined}
            aria-describedby={feedbackId}
            onChange={(event) => setAnswer(event.currentTarget.value)}
          />
          <button type="submit">{t('exerciseCheck')}</button>
        </div>
      )}
    </AnswerForm>
  );
}
