import type { ReactNode } from 'react';
import { sentences } from '../../i18n';
import { useStrings } from './strings';
import { Feedback, type Verdict } from './Feedback';
import { NO_ANSWER, useStoredAnswer } from './useStoredAnswer';

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
  /** checks an answer (the text typed, or the value of the choice picked; '' for none) */
  check: (answer: string) => Outcome;
  /** the worked answer, shown on request after a wrong answer */
  working: string;
  /** the answer's controls, given the answer and its setter, the verdict and the id of the verdict line (for aria-describedby) */
  children: (field: AnswerField) => ReactNode;
}

/** What an answer's controls get from the form. */
export interface AnswerField {
  answer: string;
  setAnswer: (answer: string) => void;
  verdict: Verdict;
  feedbackId: string;
}

/**
 * An exercise's answer form: its controls, a check on submit (the page never reloads), and the verdict
 * in words (right with why, or wrong with the answer given, why, and a nudge to try again) as Feedback.
 * The answer and its verdict survive a reload of the page; "clear" forgets them. Changing the answer
 * takes the verdict away until it is checked again.
 */
export function AnswerForm({ id, check, working, children }: AnswerFormProps) {
  const { lang, t } = useStrings();
  const [{ answer, checked }, store] = useStoredAnswer(id);

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

  const verdict = checked ? inWords(check(answer)) : null;
  const feedbackId = `exercise-${id}-feedback`;
  return (
    <form
      className="exercise-answer"
      data-exercise={id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        store({ answer, checked: true });
      }}
    >
      {children({
        answer,
        setAnswer: (next) => store({ answer: next, checked: false }),
        verdict,
        feedbackId,
      })}
      <Feedback id={feedbackId} verdict={verdict} working={working} />
      {answer !== '' && (
        <button type="button" className="exercise-clear" onClick={() => store(NO_ANSWER)}>
          {t('exerciseClear')}
        </button>
      )}
    </form>
  );
}
