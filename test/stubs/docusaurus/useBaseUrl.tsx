// vitest stub for @docusaurus/useBaseUrl: the site is served from '/'.
export default function useBaseUrl(url: string): string {
  return url;
}

export function useBaseUrlUtils() {
  return { withBaseUrl: (url: string) => url };
}
