// Prism's core in manual mode (prismManual.ts), made the global Prism that its grammar files
// (prismjs/components/prism-*.js) extend when they are evaluated.
import './prismManual';
import Prism from 'prismjs/components/prism-core';

(globalThis as { Prism?: unknown }).Prism = Prism;

export default Prism;
