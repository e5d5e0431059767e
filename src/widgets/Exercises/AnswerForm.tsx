import { useState, type ReactNode } from 'react';
import { sentences } from '../../i18n';
import { useStrings } from './strings';
import { Feedback, type Verdict } from './Feedback';

/** What checking an answer found, before it is put into words. */
export type Outcome =
  | { kind: 'right'; why: string }
  | {
      kind: 'wrong';
      /** the answer as the reader gave it, quoted back */
      given: string;
      why: string;
    }
  | { kind: 'invalid'; text: string };

interface AnswerFormProps {
  /** the exercise's id, unique on the page */
  id: string;
  /** checks the answer as it stands, on the Check button or Enter */
  check: () => Outcome;
  /** the worked answer, shown on request after a wrong answer */
  working: string;
  /** the answer's controls, given the verdict so far and the id of the verdict line (for aria-describedby) */
  children: (verdict: Verdict, feedbackId: string) => ReactNode;
}

/**
 * An exercise's answer form: its controls, a check on submit (the page never reloads), and the verdict
 * in words (right with why, or wrong with the answer given, why, and a nudge to try again) as Feedback.
 */
export function AnswerForm({ id, check, working, children }: AnswerFormProps) {
  const { lang, t } = useStrings();
  const [verdict, setVerdict] = useState<Verdict>(null);

  const inWords = (outcome: Outcome): Verdict => {
    switch (outcome.kind) {
      case 'right':
        return { kind: 'right', text: sentences(lang, [t('exerciseRight'), outcome.why]) };
      case 'wrong': {
        const wrong = t('exerciseWrong', { value: outcome.given });
        return { kind: 'wrong', text: sentences(lang, [wrong, outcome.why, t('exerciseTryAgain')]) };
      }
      case 'invalid':
        return outcome;
    }
  };

  const feedback = `exercise-${id}-feedback`;
  return (
    <form
      className="exercise-answer"
      data-exercise={id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setVerdict(inWords(check()));
      }}
    >
      {children(verdict, feedback)}
      <Feedback id={feedback} verdict={verdict} working={working} />
    </form>
  );
}
