// The Prism the site's code blocks use: Prism's core and the grammars of the languages the docs
// highlight (python; text and diff blocks have no grammar in the theme's Prism either, and stay
// plain). prism-react-renderer's own Prism builds ~30 grammars when its module is evaluated: one
// long task when the first code block comes near (Troubleshooting, phone profile: 30 ms of main
// thread, four times that on Lighthouse's phone). Add a grammar here when the docs use a language.
import Prism from './prismCore';
import 'prismjs/components/prism-python';

export default Prism;
