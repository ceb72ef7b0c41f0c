// Evaluated before Prism's core (prismCore.ts imports it first): Prism reads `manual` from a
// global Prism when it starts, and without it highlights every `language-…` element of the page
// once it loads, under React's feet.
(globalThis as { Prism?: unknown }).Prism = { manual: true };
export {};
