// vitest stub for @docusaurus/theme-common: colour mode follows <html data-theme>.
export function useColorMode() {
  const dark = typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark';
  return {
    colorMode: dark ? ('dark' as const) : ('light' as const),
    setColorMode: (mode: 'light' | 'dark') => {
      document.documentElement.dataset.theme = mode;
    },
  };
}

export function useThemeConfig() {
  return { prism: { defaultLanguage: undefined } };
}
