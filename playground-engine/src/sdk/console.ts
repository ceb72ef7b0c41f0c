// What `wandb.init()` and `run.finish()` print in a terminal: wandb_login.py
// `_print_logged_in_message`, wandb_run.py `_header_*` and `_footer_*`, through the terminal
// printer (wandb/sdk/lib/printer.py): no colours when stderr is not a TTY, emoji on a
// unicode terminal. The lines here have no `wandb: ` prefix; term.py adds it. URLs are text.

/** settings.silent (WANDB_SILENT, Settings(silent=True)) and settings.quiet. */
export interface ConsoleSettings {
  silent: boolean;
  quiet: boolean;
}

export interface ConsoleRun {
  id: string;
  name: string;
  entity: string;
  project: string;
  offline: boolean;
  /** settings.sync_dir's last part: `run-YYYYMMDD_HHMMSS-<id>` (`offline-run-…` offline). */
  syncDirName: string;
  /** settings.wandb_dir: `{root_dir}/wandb` (root_dir: init's dir=, WANDB_DIR, else the cwd). */
  wandbDir: string;
}

/** settings.app_url for the default base_url (https://api.wandb.ai). */
export const APP_URL = 'https://wandb.ai';
const API_URL = 'https://api.wandb.ai';
import { utf8 } from '../text/hashes';
import { CWD } from '../text/posixPath';

/** RFC 3986's unreserved characters, which quote() never escapes: letters, digits, `_.-~`. */
const unreserved = (b: number) =>
  (b >= 0x30 && b <= 0x39) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x61 && b <= 0x7a) ||
  b === 0x5f ||
  b === 0x2e ||
  b === 0x2d ||
  b === 0x7e;

/** urllib.parse.quote(s) with its default safe '/': what the SDK puts in URLs. */
export function urlQuote(s: string, safe = '/'): string {
  let out = '';
  for (const byte of utf8(s)) {
    const c = String.fromCharCode(byte);
    out +=
      unreserved(byte) || safe.includes(c)
        ? c
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** settings.project_url: `{app_url}/{quote(entity)}/{quote(project)}`. */
export const projectUrl = (r: { entity: string; project: string }) =>
  `${APP_URL}/${urlQuote(r.entity)}/${urlQuote(r.project)}`;

/** settings.run_url: the project URL + `/runs/{quote(run_id, safe="=+&$@")}`. */
export const runUrl = (r: { entity: string; project: string; id: string }) =>
  `${projectUrl(r)}/runs/${urlQuote(r.id, '=+&$@')}`;

/** settings.timespec: `%Y%m%d_%H%M%S` of a time (the clock is UTC here). */
export function timespec(millis: number): string {
  const d = new Date(millis);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}_${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/**
 * settings.wandb_dir: `pathlib.Path(root_dir, "wandb").expanduser()` (a relative root_dir
 * stays relative; `./` and trailing slashes go as pathlib drops them).
 */
export function wandbDirOf(rootDir: string | null | undefined): string {
  if (!rootDir) return `${CWD}/wandb`;
  const home = rootDir === '~' || rootDir.startsWith('~/') ? CWD + rootDir.slice(1) : rootDir;
  const parts = home.split('/').filter((p, i) => p !== '.' && (p !== '' || i === 0));
  const root = parts.join('/') || (home.startsWith('/') ? '/' : '');
  return root === '/' ? '/wandb' : root ? `${root}/wandb` : 'wandb';
}

/** settings.sync_dir's name: `{run_mode}-{timespec}-{run_id}`. */
export function syncDirName(startMillis: number, runId: string, offline: boolean): string {
  return `${offline ? 'offline-run' : 'run'}-${timespec(startMillis)}-${runId}`;
}

/**
 * `_print_logged_in_message`: printed by wandb.login() and by the first online init
 * (`_silent=quiet or silent` there), once per process (`repeat=False`). The entity is shown
 * when it is one of the viewer's teams and not the username.
 */
export function loginLine(
  username: string,
  entity: string,
  teams: string[],
  host = API_URL,
): string {
  const entityStr = entity && teams.includes(entity) && entity !== username ? ` (${entity})` : '';
  return `Currently logged in as: ${username}${entityStr} to ${host}. Use \`wandb login --relogin\` to force relogin`;
}

/** `_header`: version, sync info, run info. */
export function headerLines(s: ConsoleSettings, r: ConsoleRun, version: string): string[] {
  if (s.silent) return [];
  const out: string[] = [];
  const syncDir = `${r.wandbDir}/${r.syncDirName}`;
  if (!s.quiet) out.push(`Tracking run with wandb version ${version}`);
  if (r.offline) {
    // `_header_sync_info` prints the offline block even when quiet; `_header_run_info`
    // prints nothing for an offline run.
    out.push(
      'W&B syncing is set to `offline` in this directory. Run `wandb online` or set WANDB_MODE=online to enable cloud syncing.',
      `Run data is saved locally in ${syncDir}`,
      'View this run in the terminal with `wandb leet`',
    );
    return out;
  }
  if (!s.quiet) {
    out.push(`Run data is saved locally in ${syncDir}`, 'Run `wandb offline` to turn off syncing.');
  }
  out.push(`Syncing run ${r.name}`);
  if (!s.quiet) out.push(`⭐️ View project at ${projectUrl(r)}`);
  out.push(`🚀 View run at ${runUrl(r)}`);
  return out;
}

/** The files wandb-core reports as synced for a run (poll_exit_response.file_counts). */
export interface FileCounts {
  wandb: number;
  media: number;
  artifact: number;
  other: number;
}

/**
 * wandb-core's footer for a run it finishes at exit, on stdout with its own `wandb: ` prefix
 * (sdk/versions.ts `coreFooter` says which); its colours are left out, as ours are.
 */
export function coreFooterText(
  kind: 'headfoot' | 'pfxout' | 'pfxout-silent',
  s: ConsoleSettings,
  r: ConsoleRun,
): string {
  if (kind === 'pfxout-silent' && s.silent) return '';
  const where = r.offline
    ? [
        'You can sync this run to the cloud by running:',
        `wandb sync ${r.wandbDir}/${r.syncDirName}`,
      ]
    : [`🚀 View run ${r.name} at: ${runUrl(r)}`];
  // filepath.Rel(cwd, log_dir): no "./" in front.
  const rel = r.wandbDir.startsWith(`${CWD}/`) ? r.wandbDir.slice(CWD.length + 1) : r.wandbDir;
  const lines = [...where, `Find logs at: ${rel}/${r.syncDirName}/logs`].map(
    (l) => `wandb: ${l}\n`,
  );
  // pfxout's Println("") is "wandb: "; headfoot.go prints "wandb:" offline only.
  const blank = kind !== 'headfoot' ? 'wandb: \n' : r.offline ? 'wandb:\n' : '';
  return blank + lines.join('');
}

/** `_footer`: history and summary panel, sync info, log dir. */
export function footerLines(
  s: ConsoleSettings,
  r: ConsoleRun,
  counts: FileCounts,
  panel: string[] = [],
): string[] {
  if (s.silent) return [];
  const out = s.quiet ? [] : [...panel];
  if (r.offline) {
    if (!s.quiet) {
      out.push(
        'You can sync this run to the cloud by running:',
        `wandb sync ${r.wandbDir}/${r.syncDirName}`,
      );
    }
  } else {
    out.push(
      `🚀 View run ${r.name} at: ${runUrl(r)}`,
      `⭐️ View project at: ${projectUrl(r)}`,
      `Synced ${counts.wandb} W&B file(s), ${counts.media} media file(s), ${counts.artifact} artifact file(s) and ${counts.other} other file(s)`,
    );
  }
  // `_footer_log_dir_info`: log_user's directory with the cwd replaced by ".".
  if (!s.quiet) out.push(`Find logs at: ${r.wandbDir.split(CWD).join('.')}/${r.syncDirName}/logs`);
  return out;
}
