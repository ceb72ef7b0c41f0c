import { type RefObject, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { type Turns, whenNear } from './nearInTurn';

/**
 * False until `ref`'s element has come within `rootMargin` of the viewport and its turn in
 * `turns` has come; then true. The flip renders and commits at once (flushSync), inside its own
 * task, so each block's cost stays in a task of its own.
 */
export function useNearInTurn(
  ref: RefObject<Element | null>,
  rootMargin: string,
  turns: Turns,
): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    let leaveQueue: () => void = () => undefined;
    const stopWatching = whenNear(el, rootMargin, () => {
      leaveQueue = turns.add(() => flushSync(() => setNear(true)));
    });
    return () => {
      stopWatching();
      leaveQueue();
    };
  }, [ref, rootMargin, turns, near]);
  return near;
}
