import { useEffect, useState, type RefObject } from 'react';

/** How long one widget may hold the start before the next one goes anyway (a slow or failed start). */
export const TURN_MS = 1500;

interface Waiting {
  element: Element;
  start: () => void;
}

const waiting: Waiting[] = [];
let holder: Element | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** How far an element is from the middle of the screen: the figure the reader looks at starts first. */
const distance = (element: Element) => {
  const box = element.getBoundingClientRect();
  return Math.abs(box.top + box.height / 2 - window.innerHeight / 2);
};

function next(): void {
  if (holder || waiting.length === 0) return;
  waiting.sort((a, b) => distance(a.element) - distance(b.element));
  const turn = waiting.shift()!;
  holder = turn.element;
  timer = setTimeout(() => release(turn.element), TURN_MS);
  turn.start();
}

function release(element: Element): void {
  if (holder !== element) return;
  clearTimeout(timer);
  holder = undefined;
  next();
}

/**
 * Whether the widget in `ref` may start, once it is `near` the screen: widgets start one at a time,
 * nearest to the middle of the screen first, each holding the turn until it is `ready` (or for
 * TURN_MS). A page with several figures in view so never starts them all in the same moment; the
 * page keeps answering the reader while they load, and the one they look at comes first.
 */
export function useStartTurn(ref: RefObject<Element | null>, near: boolean, ready: boolean): boolean {
  const [turn, setTurn] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!near || turn || !element) return undefined;
    const entry = { element, start: () => setTurn(true) };
    waiting.push(entry);
    next();
    return () => {
      const index = waiting.indexOf(entry);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, [ref, near, turn]);
  useEffect(() => {
    const element = ref.current;
    if (!turn || !element) return undefined;
    if (ready) release(element);
    return () => release(element);
  }, [ref, turn, ready]);
  return turn;
}
