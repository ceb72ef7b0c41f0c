// The search plugin's autocomplete (autocomplete.js inside @easyops-cn/docusaurus-search-local)
// leaves two ARIA 1.2 errors that axe reports as critical once results show: the combobox has
// aria-owns but no aria-controls, and its listbox holds a bare "See all results" link, which a
// listbox may not contain. Both are patched in place, only around a search box the reader used.

/** Adds what the ARIA combobox/listbox patterns require inside `root`. */
export function patchSearchAria(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLElement>('[role="combobox"][aria-owns]')) {
    const owned = input.getAttribute('aria-owns');
    if (owned && input.getAttribute('aria-controls') !== owned) {
      input.setAttribute('aria-controls', owned);
    }
  }
  for (const link of root.querySelectorAll<HTMLElement>('[role="listbox"] a:not([role])')) {
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
  }
}

const watched = new WeakSet<Element>();

function onFocus(e: FocusEvent) {
  const t = e.target;
  if (!(t instanceof HTMLElement) || t.getAttribute('role') !== 'combobox') return;
  const box = t.parentElement;
  if (!box || watched.has(box)) return;
  watched.add(box);
  patchSearchAria(box);
  // childList only: our own attribute changes never re-trigger the observer.
  new MutationObserver(() => patchSearchAria(box)).observe(box, {
    childList: true,
    subtree: true,
  });
}

if (typeof document !== 'undefined') document.addEventListener('focusin', onFocus);
