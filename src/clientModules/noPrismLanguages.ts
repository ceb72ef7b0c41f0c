// Stands in for theme-classic's client module `prism-include-languages` (see
// src/plugins/lazy-prism.ts): that module imports Prism on every page, before anything is shown,
// only to add `prism.additionalLanguages`, and this site adds none. Prism now loads with the first
// code block that comes near the viewport (src/components/DeferredCodeBlock).
export {};
