// Load a simulated UI only when its tab is actually on screen: Docusaurus renders hidden
// tab panels too, and the engine must not load for a tab the reader never opens.
import { type RefObject, useEffect, useState } from 'react';

export function useWhenVisible(ref: RefObject<Element | null>): [boolean, () => void] {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (visible || !el) return;
    if (typeof IntersectionObserver === 'undefined') return; // the Start button still works
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, visible]);
  return [visible, () => setVisible(true)];
}
