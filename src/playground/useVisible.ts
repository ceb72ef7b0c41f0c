import { type RefObject, useEffect, useState } from 'react';
import { whenNear } from './nearInTurn';

/**
 * True once the element has come near the viewport. Widgets use it to fetch
 * the engine only when the reader can see them. Without IntersectionObserver
 * it stays false and the widget loads on first interaction instead.
 */
export function useVisible(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return;
    return whenNear(el, rootMargin, () => setVisible(true));
  }, [ref, rootMargin, visible]);
  return visible;
}
