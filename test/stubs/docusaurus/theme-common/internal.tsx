// vitest stub for @docusaurus/theme-common/internal: the code block title, as the theme reads it.
export function parseCodeBlockTitle(metastring?: string): string {
  return /title=(["'])(.*?)\1/.exec(metastring ?? '')?.[2] ?? '';
}
