import { useCallback, useSyncExternalStore } from 'react';

/** A reader's answer to one exercise, and whether they checked it as it stands. */
export interface StoredAnswer {
  answer: string;
  checked: boolean;
}

export const NO_ANSWER: StoredAnswer = { answer: '', checked: false };

type Answers = Readonly<Record<string, StoredAnswer>>;

/** Answers are kept per page, in this browser only: nothing leaves it. */
const storageKey = () => `dl-answers:${location.pathname}`;

/** The stored entries that are answers; anything else (an old format, a hand edit) is left out. */
function parse(raw: string | null): Answers {
  try {
    const all: unknown = JSON.parse(raw ?? '{}');
    if (typeof all !== 'object' || all === null) return {};
    return Object.fromEntries(
      Object.entries(all as Record<string, Partial<StoredAnswer>>)
        .filter(([, saved]) => typeof saved?.answer === 'string')
        .map(([id, saved]) => [id, { answer: saved.answer as string, checked: saved.checked === true }]),
    );
  } catch {
    return {};
  }
}

// the page's answers as last read, kept while the stored text is the same, so each read of an
// unchanged answer is the same object; in memory only when the browser refuses storage (private mode)
let cache: { raw: string | null; answers: Answers } | undefined;
let inMemory: Answers | undefined;
const listeners = new Set<() => void>();

function answers(): Answers {
  if (inMemory) return inMemory;
  let raw: string | null;
  try {
    raw = localStorage.getItem(storageKey());
  } catch {
    return (inMemory = {});
  }
  if (cache?.raw !== raw) cache = { raw, answers: parse(raw) };
  return cache.answers;
}

function store(id: string, value: StoredAnswer): void {
  const next: Record<string, StoredAnswer> = { ...answers() };
  if (value.answer === '' && !value.checked) delete next[id];
  else next[id] = value;
  if (inMemory) inMemory = next;
  else
    try {
      localStorage.setItem(storageKey(), JSON.stringify(next));
    } catch {
      // storage refused (full, private mode): the answers last for this visit only
      inMemory = next;
    }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  addEventListener('storage', listener); // another tab of the same page
  return () => {
    listeners.delete(listener);
    removeEventListener('storage', listener);
  };
}

/**
 * The reader's answer to exercise `id`, kept across reloads. The page was built with every answer
 * empty; the stored one shows once the island has hydrated, so the HTML and the first render agree.
 */
export function useStoredAnswer(id: string): [StoredAnswer, (next: StoredAnswer) => void] {
  const answer = useSyncExternalStore(
    subscribe,
    () => answers()[id] ?? NO_ANSWER,
    () => NO_ANSWER,
  );
  return [answer, useCallback((next: StoredAnswer) => store(id, next), [id])];
}
