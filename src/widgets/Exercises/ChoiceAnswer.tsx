import { useState, type ReactNode } from 'react';
import { useStrings } from '../../i18n';
import { Feedback, sentences, type Verdict } from './Feedback';

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
  const { lang, t } = useStrings();
  const [picked, setPicked] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict>(null);

  const check = () => {
    const choice = choices.find((c) => c.value === picked);
    if (!choice) return setVerdict({ kind: 'invalid', text: t('exerciseChooseFirst') });
    if (isRight(choice.value)) {
      return setVerdict({
        kind: 'right',
        text: sentences(lang, [t('exerciseRight'), explain(choice.value)]),
      });
    }
    const wrong = t('exerciseWrong', { value: choice.label });
    setVerdict({
      kind: 'wrong',
      text: sentences(lang, [wrong, explain(choice.value), t('exerciseTryAgain')]),
    });
  };

  const feedback = `exercise-${id}-feedback`;
  return (
    <form
      className="exercise-answer"
      data-exercise={id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        check();
      }}
    >
      <fieldset className="exercise-choices" aria-describedby={feedback}>
        <legend>{t('exerciseOptions')}</legend>
        {choices.map((choice) => (
          <div key={choice.value} className="exercise-choice">
            {choice.detail}
            <label>
              <input
                type="radio"
                name={`exercise-${id}`}
                value={choice.value}
                checked={picked === choice.value}
                onChange={() => setPicked(choice.value)}
              />
              {choice.label}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{t('exerciseCheck')}</button>
      <Feedback id={feedback} verdict={verdict} working={working} />
    </form>
  );
}
