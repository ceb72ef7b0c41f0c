// vitest stub for @docusaurus/router: the location is jsdom's.
export function useLocation() {
  const loc = typeof window === 'undefined' ? undefined : window.location;
  return { pathname: loc?.pathname ?? '/', search: loc?.search ?? '', hash: loc?.hash ?? '' };
}

export function useHistory() {
  return {
    push: (to: string) => window.history.pushState(null, '', to),
    replace: (to: string) => window.history.replaceState(null, '', to),
  };
}
