// The wandb settings files (lib/settings_file.py from 0.24.0; `_load_config_file` before): the
// system one (`WANDB_CONFIG_DIR/settings`, else ~/.config/wandb/settings) and the workspace
// one (./wandb/settings), read with Python's configparser, whose `[default]` section holds
// Settings fields. Loaded on demand (sdk/onDemand.ts): only when one of the files exists.

import { SimError } from '../errors/simError';
import { pyRepr } from '../text/pyRepr';
import type { WandbSdk } from './wandbSdk';

/** configparser's errors, as `configparser.X` with CPython 3.11's text. */
const parserError = (type: string, message: string) =>
  new SimError(`configparser.${type}`, message, 'wrong-argument');

/**
 * `ConfigParser().read(path)` of the file's text: its sections (keys lower-cased and stripped,
 * values stripped, indented lines continuing a value, `#` / `;` lines skipped); throws what
 * `read` raises (MissingSectionHeaderError, DuplicateSectionError, DuplicateOptionError, then
 * every line without a delimiter as one ParsingError).
 */
export function readConfig(text: string, path: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section: Map<string, string> | undefined;
  let last: string | undefined;
  const bad: string[] = [];
  const lines = text.split(/(?<=\n)/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\n$/, '');
    const stripped = line.trim();
    const lineNo = String(i + 1).padStart(2, ' ');
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) {
      if (stripped === '') last = last && section?.has(last) ? last : undefined;
      return;
    }
    const indented = /^\s/.test(line);
    if (indented && section && last !== undefined) {
      section.set(last, `${section.get(last)}\n${stripped}`);
      return;
    }
    const header = /^\[([^\]]+)\]/.exec(stripped);
    if (header) {
      if (sections.has(header[1])) {
        throw parserError(
          'DuplicateSectionError',
          `While reading from ${pyRepr(path)} [line ${lineNo}]: section ${pyRepr(header[1])} already exists`,
        );
      }
      section = new Map();
      sections.set(header[1], section);
      last = undefined;
      return;
    }
    if (!section) {
      throw parserError(
        'MissingSectionHeaderError',
        `File contains no section headers.\nfile: ${pyRepr(path)}, line: ${i + 1}\n${pyRepr(raw)}`,
      );
    }
    const m = /^([^=:]*?)\s*[=:]\s*(.*)$/.exec(stripped);
    if (!m || m[1] === '') {
      bad.push(`\n\t[line ${lineNo}]: ${pyRepr(raw)}`);
      last = undefined;
      return;
    }
    const key = m[1].toLowerCase();
    if (section.has(key)) {
      const name = [...sections].find(([, s]) => s === section)?.[0] ?? '';
      throw parserError(
        'DuplicateOptionError',
        `While reading from ${pyRepr(path)} [line ${lineNo}]: option ${pyRepr(key)} in section ${pyRepr(name)} already exists`,
      );
    }
    section.set(key, m[2]);
    last = key;
  });
  if (bad.length) {
    throw parserError(
      'ParsingError',
      `Source contains parsing errors: ${pyRepr(path)}${bad.join('')}`,
    );
  }
  return sections;
}

/**
 * `parser.items("default")`: BasicInterpolation's `%%` is `%`, `%(key)s` the section's key (an
 * unknown one InterpolationMissingOptionError), any other `%` InterpolationSyntaxError: raised
 * when the items are read. Nested references are not followed.
 */
export function defaultItems(sections: Map<string, Map<string, string>>): [string, string][] {
  const section = sections.get('default');
  if (!section) return [];
  return [...section].map(([k, v]) => [k, interpolate(k, v, section)]);
}

function interpolate(option: string, value: string, section: Map<string, string>): string {
  let out = '';
  let rest = value;
  while (rest.includes('%')) {
    const at = rest.indexOf('%');
    out += rest.slice(0, at);
    rest = rest.slice(at);
    if (rest.startsWith('%%')) {
      out += '%';
      rest = rest.slice(2);
      continue;
    }
    const ref = /^%\(([^)]*)\)s/.exec(rest);
    if (ref) {
      const key = ref[1].toLowerCase();
      if (!section.has(key)) {
        throw parserError(
          'InterpolationMissingOptionError',
          `Bad value substitution: option ${pyRepr(option)} in section 'default' contains an interpolation key ${pyRepr(key)} which is not a valid option name. Raw value: ${pyRepr(value)}`,
        );
      }
      out += section.get(key);
      rest = rest.slice(ref[0].length);
      continue;
    }
    throw parserError(
      'InterpolationSyntaxError',
      `'%' must be followed by '%' or '(', found: ${pyRepr(rest)}`,
    );
  }
  return out + rest;
}

/** The one line `Loading settings from …` names its sources with (settings_file's `sources`). */
export function sourcesText(sources: string[]): string {
  return sources.length === 1 ? sources[0] : `\n${sources.map((s) => `  ${s}`).join('\n')}`;
}

/** `_try_read` for writing: a file configparser cannot read warns and counts as empty. */
function tryRead(sdk: WandbSdk, path: string): Map<string, string> {
  const text = sdk.fs.exists(path) && !sdk.fs.isDir(path) ? sdk.fs.read(path) : undefined;
  if (text === undefined) return new Map();
  try {
    return new Map(defaultItems(readConfig(text, path)));
  } catch (e) {
    if (!(e instanceof SimError)) throw e;
    sdk.termLines('warn', `Error reading settings at ${path}: ${e.message}`, true);
    return new Map();
  }
}

/** settings_file.py `_write`: configparser's text of the `[default]` section. */
function write(sdk: WandbSdk, path: string, settings: Map<string, string>): void {
  const lines = [
    '[default]',
    ...[...settings].map(([k, v]) => `${k} = ${v.replace(/\n/g, '\n\t')}`),
  ];
  sdk.fs.write(path, `${lines.join('\n')}\n\n`);
  sdk.termlog('info', `Updated settings file ${path}`);
}

/**
 * wandb_login.py `_update_system_settings` (0.24.0 on): `anonymous` cleared from both files,
 * `base_url` set in the system file (and cleared from the workspace one) to the host given,
 * or cleared for https://api.wandb.ai; each file changed is written again.
 */
export function updateSystemSettings(sdk: WandbSdk, host: string | null): void {
  const { system, workspace } = sdk.settingsFilePaths();
  const global = tryRead(sdk, system);
  const local = tryRead(sdk, workspace);
  let [globalChanged, localChanged] = [false, false];
  const clear = (key: string) => {
    localChanged = local.delete(key) || localChanged;
    globalChanged = global.delete(key) || globalChanged;
  };
  clear('anonymous');
  if (host === 'https://api.wandb.ai') clear('base_url');
  else if (host) {
    localChanged = local.delete('base_url') || localChanged;
    if (global.get('base_url') !== host) globalChanged = true;
    global.set('base_url', host);
  }
  if (localChanged) write(sdk, workspace, local);
  if (globalChanged) write(sdk, system, global);
}
