// Artifact names, types and aliases passed to the SDK, checked with rules' validators so
// the messages are the SDK's own.
import { isSimError } from '../errors/simError';
import { pyRepr } from '../text/pyRepr';
import {
  validateAliases,
  validateArtifactName,
  validateArtifactType,
} from '../rules/client/validators';
import { partDiagnostic, replacePart } from './diag';
import { isFullyKnown, type StrVal, textOf, type Value } from './strval';
import type { Diagnostic } from './types';

/** The validator's message, or null when the value passes. */
function failure(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (e) {
    if (isSimError(e)) return e.message;
    throw e;
  }
}

const wholePart = (v: StrVal & { pieces: import('./strval').KnownChar[] }) => ({
  chars: v.pieces,
  i: 0,
  j: v.pieces.length,
  fallback: v.span,
});

export function checkArtifactName(value: Value | null): Diagnostic[] {
  if (value?.kind !== 'str' || !isFullyKnown(value)) return [];
  const name = textOf(value.pieces);
  const message = failure(() => validateArtifactName(name));
  if (!message) return [];
  const part = wholePart(value);
  const cleaned = name
    .replace(/[^a-zA-Z0-9_\-.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 128);
  const fix =
    cleaned && cleaned !== name ? replacePart(part, cleaned, `Change to ${pyRepr(cleaned)}`) : null;
  return [partDiagnostic(part, { severity: 'error', code: 'artifact-name', message }, [fix])];
}

/** `name` is the artifact name when known: reserved `run_table`/`code` types depend on it. */
export function checkArtifactType(value: Value | null, name: string | null): Diagnostic[] {
  if (value?.kind !== 'str' || !isFullyKnown(value)) return [];
  const type = textOf(value.pieces);
  // With an unknown name, '' makes only the name-independent rules (wandb-*, job) fire.
  const message = failure(() => validateArtifactType(type, name ?? ''));
  if (!message) return [];
  const part = wholePart(value);
  const stripped = type.startsWith('wandb-') ? type.slice('wandb-'.length) : '';
  const fix = stripped ? replacePart(part, stripped, `Change to ${pyRepr(stripped)}`) : null;
  return [partDiagnostic(part, { severity: 'error', code: 'reserved-type', message }, [fix])];
}

/** `aliases=[...]` (a list, a tuple, or a single str). */
export function checkAliases(value: Value | null): Diagnostic[] {
  if (!value) return [];
  const items = value.kind === 'list' ? value.items : [value];
  const out: Diagnostic[] = [];
  for (const item of items) {
    if (item?.kind !== 'str' || !isFullyKnown(item)) continue;
    const alias = textOf(item.pieces);
    const message = failure(() => validateAliases([alias]));
    if (!message) continue;
    const part = wholePart(item);
    const cleaned = alias.replace(/[/:]/g, '-');
    out.push(
      partDiagnostic(part, { severity: 'error', code: 'alias-chars', message }, [
        replacePart(part, cleaned, `Change to ${pyRepr(cleaned)}`),
      ]),
    );
  }
  return out;
}
