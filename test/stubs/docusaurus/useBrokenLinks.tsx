// vitest stub for @docusaurus/useBrokenLinks: records what a render collected.
export const collected: string[] = [];

export default function useBrokenLinks() {
  return {
    collectLink: (link: string | undefined) => {
      if (link) collected.push(link);
    },
    collectAnchor: () => undefined,
  };
}
