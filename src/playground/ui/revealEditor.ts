// After "Open in editor", show the snippet that took the code: on the main page it sits in
// the Python SDK tab, hidden while the reader is in a UI tab. Selects that tab (by clicking
// it, so the Tabs component keeps its own state and URL) and scrolls the snippet into view.

export function revealSnippet(worldId: string, doc: Document = document): HTMLElement | null {
  // The slot hands code to the first snippet of the world in page order: the first match.
  const snippet = doc.querySelector<HTMLElement>(
    `[data-runnable-snippet][data-world="${worldId.replace(/["\\]/g, '')}"]`,
  );
  if (!snippet) return null;
  const panel = snippet.closest<HTMLElement>('[role="tabpanel"]');
  if (panel?.hidden && panel.parentElement) {
    const panels = Array.from(panel.parentElement.children).filter(
      (el) => el.getAttribute('role') === 'tabpanel',
    );
    const tablist = panel.parentElement.parentElement?.querySelector('[role="tablist"]');
    const tab = tablist?.querySelectorAll<HTMLElement>('[role="tab"]')[panels.indexOf(panel)];
    tab?.click();
  }
  snippet.scrollIntoView?.({ block: 'start' });
  return snippet;
}
