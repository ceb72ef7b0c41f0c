// prismjs ships its core and grammar files without types; @types/prismjs types the whole library.
declare module 'prismjs/components/prism-core' {
  import Prism from 'prismjs';
  export default Prism;
}
declare module 'prismjs/components/prism-python';
