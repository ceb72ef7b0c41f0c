// wandb.login(key=None, relogin=None, host=None, force=None, timeout=None, verify=True,
// anonymous=UNSET) as wandb_login.py `login` and `_login` run it. A first Run does not call
// it (init logs in by itself), so it lives in the SDK's on-demand part.
import { SimError } from '../errors/simError';
import type { WandbSdk } from './wandbSdk';
import { updateSystemSettings } from './settingsFiles';

export interface LoginOptions {
  key?: string | null;
  host?: string | null;
  verify?: boolean;
  /** Whether `anonymous=` was passed at all (it has no effect). */
  anonymous?: boolean;
}

/** wbauth/validation.py `check_api_key`: the problem with a key's format, or undefined. */
export function checkApiKey(key: string): string | undefined {
  if (!key) return 'API key is empty.';
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(key)) return undefined;
  const dash = key.indexOf('-');
  const secret = dash < 0 ? key : key.slice(dash + 1);
  if (!/^[\w-]+$/.test(secret))
    return 'API key may only contain the letters A-Z, digits and underscores.';
  if (secret.length < 40) return `API key must have 40+ characters, has ${secret.length}.`;
  return undefined;
}

/** wbnetrc.py `_get_netrc_file_path`: NETRC, else ~/.netrc (the playground's home). */
const netrcPath = (sdk: WandbSdk) => sdk.env.NETRC || '/home/user/.netrc';

export async function login(sdk: WandbSdk, opts: LoginOptions): Promise<boolean> {
  if (opts.anonymous) {
    sdk.termlogOnce(
      'warn',
      'The anonymous parameter to wandb.login() has no effect and will be removed in future versions.',
    );
  }
  if (sdk.run) {
    sdk.termlog('warn', 'Calling wandb.login() after wandb.init() has no effect.');
    return false;
  }
  const settings = sdk.settings;
  if (settings.mode === 'disabled') return false;
  if (settings.mode === 'offline') {
    sdk.termlog('warn', 'Unable to verify login in offline mode.');
    return false;
  }
  const host = (opts.host || 'https://api.wandb.ai').replace(/\/+$/, '');
  if (opts.key) {
    // `_use_explicit_key`: AuthApiKey checks the format, verify() asks the server (here any
    // well-formed key is the world viewer's: see ASSUMPTIONS.md), then the key goes to .netrc.
    const problem = checkApiKey(opts.key);
    if (problem) throw new SimError('wandb.errors.AuthenticationError', problem, 'wrong-argument');
    if (opts.verify !== false) await sdk.viewerInfo();
    writeNetrc(sdk, new URL(host).host, opts.key);
  }
  sdk.printLoggedIn(await sdk.viewerInfo(), host);
  if (sdk.behaviour.settingsFilesPrinted) updateSystemSettings(sdk, opts.host ? host : null);
  return true;
}

/** wbnetrc.py `_update_netrc`: the machine's entry replaced, with its two termlog lines. */
function writeNetrc(sdk: WandbSdk, machine: string, key: string): void {
  const path = netrcPath(sdk);
  const before = sdk.fs.read(path);
  if (before === undefined) sdk.termlog('info', 'No netrc file found, creating one.');
  const kept: string[] = [];
  let inOld = false;
  for (const line of (before ?? '').split('\n').filter((l, i, all) => i < all.length - 1 || l)) {
    const tokens = line.trim().split(/\s+/);
    if (tokens[0] === 'machine' && tokens[1] === machine) inOld = true;
    else if (tokens[0] === 'machine' || tokens[0] === 'default') inOld = false;
    if (!inOld) kept.push(line);
  }
  kept.push(`machine ${machine}`, '  login user', `  password ${key}`, '');
  sdk.termlog('info', `Appending key for ${machine} to your netrc file: ${path}`);
  sdk.fs.write(path, kept.join('\n'));
}
