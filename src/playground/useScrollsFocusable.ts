// A region that scrolls must be reachable from the keyboard (WCAG 2.1.1; axe's
// scrollable-region-focusable): it becomes a tab stop while its content overflows, and only
// then, so regions that fit add no tab stops. Markdown tables and the run output use it.
import { type RefObject, useEffect, useState } from 'react';

/** `0` (a tab stop) while `ref`'s content overflows it in either direction, else undefined. */
export function useScrollsFocusable(
  ref: RefObject<HTMLElement | null>,
  content?: unknown,
): 0 | undefined {
  const [scrolls, setScrolls] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `content` is the trigger: new output can overflow a box whose size did not change
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () =>
      setScrolls(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, content]);
  return scrolls ? 0 : undefined;
}
