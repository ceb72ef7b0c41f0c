// Markdown tables (Infima makes them `display: block; overflow: auto`): one that is wider than
// the column scrolls sideways, and a scrolling region must be reachable from the keyboard
// (WCAG 2.1.1; axe's scrollable-region-focusable). Only a table that really scrolls becomes a
// tab stop, so narrow tables add none.
import { type ComponentProps, useEffect, useRef, useState } from 'react';

export default function ScrollableTable(props: ComponentProps<'table'>) {
  const ref = useRef<HTMLTableElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return <table ref={ref} {...props} tabIndex={scrolls ? 0 : undefined} />;
}
