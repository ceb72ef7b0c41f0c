// Artifact.save() of a logged artifact, after its alias edits (artifact.py `_update`): a link
// first asks whether its source project is writable (IsProjectReadOnly, `_gqlutils.py
// is_project_read_only`); then UpdateArtifact carries the description, metadata, TTL and tag
// changes, and the answer is assigned back. On demand: a first Run never saves a logged one.
import { SimError } from '../errors/simError';
import { validateTags } from '../rules/client/validators';
import type { Artifact } from './artifact';
import type { WandbSdk } from './wandbSdk';

/** `_is_source_project_read_only`: an invisible source project counts as read-only. */
async function sourceReadOnly(a: Artifact, sdk: WandbSdk): Promise<boolean> {
  const entity = a.sourceEntity;
  const project = a.sourceProject;
  if (!entity || !project) return true;
  const d = await sdk.request('IsProjectReadOnly', { entity, project });
  const readOnly = d.project?.readOnly;
  return readOnly === null || readOnly === undefined || readOnly;
}

export async function saveEdits(a: Artifact, sdk: WandbSdk): Promise<void> {
  if (a.isLink && (await sourceReadOnly(a, sdk))) {
    sdk.termlog(
      'warn',
      'Skipping non-alias updates due to insufficient permissions on the source artifact.',
    );
    return;
  }
  const e = a.pendingEdits();
  const saved = new Set(e.savedTags);
  const now = new Set(e.tags);
  const tagInputs = (names: string[]) => validateTags(names).map((tagName) => ({ tagName }));
  const data = await sdk.request('UpdateArtifact', {
    input: {
      artifactID: e.id,
      description: e.description,
      metadata: JSON.stringify(e.metadata),
      ttlDurationSeconds: e.ttl,
      tagsToAdd: tagInputs([...now].filter((t) => !saved.has(t))),
      tagsToDelete: tagInputs([...saved].filter((t) => !now.has(t))),
    },
  });
  const artifact = data.result?.artifact;
  if (!artifact) {
    throw new SimError('ValueError', 'Unable to parse updateArtifact response', 'internal');
  }
  a.assignUpdated(artifact);
}
