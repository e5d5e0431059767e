import type { ReactNode } from 'react';
import { useStrings } from './strings';
import { AnswerForm, type Outcome } from './AnswerForm';

export interface Choice {
  value: string;
  label: string;
  /** shown with the choice, e.g. a kernel's weights */
  detail?: ReactNode;
}

interface ChoiceAnswerProps {
  /** the exercise's id, unique on the page */
  id: string;
  choices: readonly Choice[];
  isRight: (value: string) => boolean;
  /** why a choice is right or wrong */
  explain: (value: string) => string;
  /** the worked answer, shown on request after a wrong choice */
  working: string;
}

/** One of several choices to pick (native radio buttons: arrows move, Space picks) and check, with an explained verdict. */
export function ChoiceAnswer({ id, choices, isRight, explain, working }: ChoiceAnswerProps) {
  const { t } = useStrings();
  const check = (picked: string): Outcome => {
    const choice = choices.find((c) => c.value === picked);
    if (!choice) return { kind: 'invalid', text: t('exerciseChooseFirst') };
    const why = explain(choice.value);
    return isRight(choice.value) ? { kind: 'right', why } : { kind: 'wrong', given: choice.label, why };
  };

  return (
    <AnswerForm id={id} check={check} working={working}>
      {({ answer, setAnswer, feedbackId }) => (
        <>
          <fieldset className="exercise-choices" aria-describedby={feedbackId}>
            <legend>{t('exerciseOptions')}</legend>
            {choices.map((choice) => (
              <div key={choice.value} className="exercise-choice">
                {choice.detail}
                <label>
                  <input
                    type="radio"
                    name={`exercise-${id}`}
                    value={choice.value}
                    checked={answer === choice.value}
                    onChange={() => setAnswer(choice.value)}
                  />
                  {choice.label}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t('exerciseCheck')}</button>
        </>
      )}
    </AnswerForm>
  );
}
