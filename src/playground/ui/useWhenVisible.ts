// Load a simulated UI only when its tab is actually on screen: Docusaurus renders hidden
// tab panels too, and the engine must not load for a tab the reader never opens.
import { type RefObject, useState } from 'react';
import { useVisible } from '../useVisible';

/** [on screen yet, or started; start it now]. Without IntersectionObserver the Start button still works. */
export function useWhenVisible(ref: RefObject<Element | null>): [boolean, () => void] {
  const onScreen = useVisible(ref, '0px');
  const [started, setStarted] = useState(false);
  return [onScreen || started, () => setStarted(true)];
}
