// The wandb SDK version a world simulates. One place for the default, so the SDK surface
// (`wandb.__version__`, version-dependent behaviour) and the setup panel agree.

/**
 * The current release the facts sheet describes: its SDK HEAD is 0.28.3.dev1, whose
 * CHANGELOG's newest release is `## [0.28.2] - 2026-08-12` (github:wandb/wandb CHANGELOG.md).
 */
export const DEFAULT_SDK_VERSION = '0.28.2';

/** PEP 440-ish: 0.28.2, 0.19.11, 0.28.3.dev1, 0.25.0rc1. */
export const SDK_VERSION_PATTERN = /^\d+\.\d+\.\d+(?:\.?(?:dev|rc|a|b|post)\d+)?$/;

export const isSdkVersion = (v: unknown): v is string =>
  typeof v === 'string' && SDK_VERSION_PATTERN.test(v);
