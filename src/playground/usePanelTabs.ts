import { type KeyboardEvent, useCallback, useRef, useState } from 'react';

/** The tab a key moves to in a horizontal tablist (WAI-ARIA tabs pattern), or null. */
export function tabAfterKey(ids: readonly string[], current: string, key: string): string | null {
  const i = ids.indexOf(current);
  if (i < 0 || !ids.length) return null;
  switch (key) {
    case 'ArrowRight':
      return ids[(i + 1) % ids.length];
    case 'ArrowLeft':
      return ids[(i - 1 + ids.length) % ids.length];
    case 'Home':
      return ids[0];
    case 'End':
      return ids[ids.length - 1];
    default:
      return null;
  }
}

/**
 * Tabs with automatic activation: one tab in the Tab order (roving tabindex), arrows, Home and
 * End move and select, the panel follows. `idPrefix` makes the tab/panel ids unique on a page.
 */
export function usePanelTabs(ids: readonly string[], idPrefix: string, initial = ids[0]) {
  const [selected, setSelected] = useState(initial);
  const tabs = useRef(new Map<string, HTMLElement>());
  const tabId = (id: string) => `${idPrefix}-tab-${id}`;
  const panelId = (id: string) => `${idPrefix}-panel-${id}`;

  const select = useCallback(
    (id: string, focus = false) => {
      if (!ids.includes(id)) return;
      setSelected(id);
      if (focus) tabs.current.get(id)?.focus();
    },
    [ids],
  );

  const tabProps = (id: string) => ({
    id: tabId(id),
    role: 'tab' as const,
    type: 'button' as const,
    'aria-selected': id === selected,
    'aria-controls': panelId(id),
    tabIndex: id === selected ? 0 : -1,
    ref: (el: HTMLElement | null) => {
      if (el) tabs.current.set(id, el);
      else tabs.current.delete(id);
    },
    onClick: () => select(id),
    onKeyDown: (e: KeyboardEvent) => {
      const next = tabAfterKey(ids, selected, e.key);
      if (next === null) return;
      e.preventDefault();
      select(next, true);
    },
  });

  // Every panel stays mounted (its state survives a tab switch); the others are hidden.
  // A panel is named by its tab, or by `title` when that says more ("Network log").
  const panelProps = (id: string, title?: string) => ({
    id: panelId(id),
    role: 'tabpanel' as const,
    ...(title ? { 'aria-label': title } : { 'aria-labelledby': tabId(id) }),
    tabIndex: 0,
    hidden: id !== selected,
  });

  return { selected, select, tabProps, panelProps };
}
