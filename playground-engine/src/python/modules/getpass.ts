// The `getpass` module: getuser() is the world's viewer (what W&B knows as you);
// getpass() would read the keyboard, which a snippet cannot.

import { fn, makeModule, notSupported } from './native';
import type { StdlibServices } from './services';

export function makeGetpassModule(s: StdlibServices) {
  return makeModule('getpass', {
    getuser: fn('getuser', [], () => s.user),
    getpass: fn('getpass', ['prompt=', 'stream='], () =>
      notSupported('getpass.getpass() (snippets cannot read from the keyboard)'),
    ),
  });
}
