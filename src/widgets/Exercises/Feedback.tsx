import { useState } from 'react';
import { useStrings } from './strings';

export type Verdict = { kind: 'right' | 'wrong' | 'invalid'; text: string } | null;

interface FeedbackProps {
  /** the id of the status line, for the answer field's aria-describedby */
  id: string;
  verdict: Verdict;
  /** the worked answer, shown on request after a wrong answer */
  working: string;
}

/**
 * The verdict on an answer, announced as it changes (role="status"); after a wrong answer, a button
 * that shows the worked answer. Right and wrong are said in words, not only in colour.
 */
export function Feedback({ id, verdict, working }: FeedbackProps) {
  const { t } = useStrings();
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="exercise-feedback">
      <p id={id} role="status" className={`exercise-verdict${verdict ? ` is-${verdict.kind}` : ''}`}>
        {verdict?.text}
        {revealed && ' '}
        {revealed && (
          <span className="exercise-working">
            <strong>{t('exerciseAnswerIs')}</strong> {working}
          </span>
        )}
      </p>
      {verdict?.kind === 'wrong' && !revealed && (
        <button type="button" onClick={() => setRevealed(true)}>
          {t('exerciseShowAnswer')}
        </button>
      )}
    </div>
  );
}
