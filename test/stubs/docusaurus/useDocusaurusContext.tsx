// vitest stub for @docusaurus/useDocusaurusContext.
export default function useDocusaurusContext() {
  return { siteConfig: { baseUrl: '/', title: 'test' }, i18n: { currentLocale: 'en' } };
}
