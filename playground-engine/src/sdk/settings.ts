// wandb.Settings as far as linking needs them, read from the environment.
export interface SdkSettings {
  entity?: string;
  project?: string;
  /** WANDB_ORGANIZATION: the org used for registry paths without a prefix. */
  organization?: string;
  mode: 'online' | 'offline' | 'disabled';
  /** WANDB_DEBUG: normalize_exceptions re-raises the original error instead of CommError. */
  debug: boolean;
  /** WANDB_SILENT: term.py prints nothing (`termsetup` at wandb.setup), runs print no header. */
  silent: boolean;
  /** WANDB_QUIET: the run header and footer keep only their essential lines. */
  quiet: boolean;
}

const truthy = (v: string | undefined) =>
  !!v && !['', '0', 'false', 'no', 'off'].includes(v.toLowerCase());

export function settingsFromEnv(env: Record<string, string>): SdkSettings {
  const mode =
    env.WANDB_MODE === 'offline' || env.WANDB_MODE === 'dryrun'
      ? 'offline'
      : env.WANDB_MODE === 'disabled'
        ? 'disabled'
        : 'online';
  return {
    entity: env.WANDB_ENTITY || undefined,
    project: env.WANDB_PROJECT || undefined,
    organization: env.WANDB_ORGANIZATION || undefined,
    mode,
    debug: truthy(env.WANDB_DEBUG),
    silent: truthy(env.WANDB_SILENT),
    quiet: truthy(env.WANDB_QUIET),
  };
}
