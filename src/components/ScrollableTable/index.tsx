// Markdown tables (Infima makes them `display: block; overflow: auto`): one that is wider than
// the column scrolls sideways, and only a table that really scrolls becomes a tab stop.
import { useScrollsFocusable } from '@site/src/playground/useScrollsFocusable';
import { type ComponentProps, useRef } from 'react';

export default function ScrollableTable(props: ComponentProps<'table'>) {
  const ref = useRef<HTMLTableElement>(null);
  return <table ref={ref} {...props} tabIndex={useScrollsFocusable(ref)} />;
}
