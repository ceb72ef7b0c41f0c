// vitest stub for @docusaurus/useIsBrowser.
export default function useIsBrowser(): boolean {
  return true;
}
