// The `match` statement (PEP 634): compiling its patterns and matching them. Few snippets
// use it, so it is a chunk of its own, loaded before compiling a snippet whose parse tree
// holds one (matchSupport.ts).
export { compileMatch, patternNames } from './syntax/patterns';
export { matchPattern } from './interp/patterns';
