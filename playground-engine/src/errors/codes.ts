// Stable codes for every refusal the simulator raises. A code is also the anchor of the
// section that explains it (docs/troubleshooting.mdx `{#code}`, or the runtime page for the
// runtime's own stops), so the message can change wording and the link still lands.

/** Codes explained in docs/troubleshooting.mdx. */
export const TROUBLESHOOTING_CODES = [
  // where the version was logged
  'personal-account',
  'personal-no-org',
  'cannot-log-here',
  // the organization part of the path
  'org-name-collision',
  'confirm-exact-path',
  'team-name-as-org',
  'multiple-orgs',
  'wrong-org',
  'entity-required',
  // what you link, and where
  'alias-characters',
  'alias-in-path',
  'type-not-accepted',
  'collection-type',
  'type-clash',
  'registry-not-found',
  'version-not-found',
  'no-permission',
  'edit-denied',
  // how you call the SDK
  'finished-run',
  'offline',
  'reinit-value',
  'not-logged',
  'finalized',
  'missing-file',
  'unlink-source',
  'delete-has-aliases',
  'delete-denied',
  'update-denied',
  'link-model',
  'invalid-artifact-name',
  'reserved-type',
  'invalid-tags',
  'registry-name',
  'registry-exists',
  'registry-admin-only',
  'registry-types',
  'registry-filter',
  'protected-alias',
  'invalid-path',
  'wrong-argument',
  'download-files',
  'build-artifact',
  'external-reference',
  'undefined-name',
  'internal',
] as const;

/** Codes of the runtime's own stops, explained in playground-engine/README.md (docs/playground-runtime). */
export const RUNTIME_CODES = ['budgets', 'supported-python', 'third-party-modules'] as const;

export type TroubleshootingCode = (typeof TROUBLESHOOTING_CODES)[number];
export type ErrorCode = TroubleshootingCode | (typeof RUNTIME_CODES)[number];

export const ERROR_CODES: readonly ErrorCode[] = [...TROUBLESHOOTING_CODES, ...RUNTIME_CODES];

export const isErrorCode = (v: unknown): v is ErrorCode =>
  typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);
