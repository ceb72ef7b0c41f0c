// What a logged version tells about itself beyond its fields (wandb/sdk/artifacts/
// artifact.py: url, source_artifact, collection, source_collection, logged_by, new_draft).
import { SimError } from '../errors/simError';
import { isRegistryProject } from '../paths/targetPath';
import { pyRepr } from '../text/pyRepr';
import type { Artifact } from './artifact';
import { manifestOf } from './artifactFiles';
import { type ArtifactCollection, loadCollection } from './collections';
import { APP_URL, urlQuote } from './console';
import { notLogged } from './errors';
import { loadRun, type PublicRun } from './publicRun';
import type { WandbSdk } from './wandbSdk';

function sdkOf(a: Artifact): WandbSdk {
  if (!a._sdk) {
    throw new SimError(
      'wandb.errors.UsageError',
      'This artifact is not attached to the wandb module of this run.',
      'internal',
    );
  }
  return a._sdk;
}

function ensureLogged(a: Artifact, fullname: string): void {
  if (a.isDraft()) throw notLogged(fullname);
}

/** `collection`: the collection it was fetched from (a link's registry collection). */
export function collectionOf(a: Artifact): Promise<ArtifactCollection> {
  ensureLogged(a, 'Artifact.collection');
  return loadCollection(sdkOf(a), a.entity, a.project, a.type, a.name.split(':')[0]);
}

/** `source_collection`: the sequence it was logged into. */
export function sourceCollectionOf(a: Artifact): Promise<ArtifactCollection> {
  ensureLogged(a, 'Artifact.source_collection');
  return loadCollection(
    sdkOf(a),
    a.sourceEntity,
    a.sourceProject,
    a.type,
    a.sourceName.split(':')[0],
  );
}

/** `source_artifact`: itself for a source; a link's source is fetched by its full name. */
export async function sourceArtifactOf(a: Artifact): Promise<Artifact> {
  ensureLogged(a, 'Artifact.source_artifact');
  if (!a.isLink) return a;
  try {
    const api = await sdkOf(a).api({});
    return await api.artifactUnwrapped(`${a.sourceEntity}/${a.sourceProject}/${a.sourceName}`);
  } catch {
    throw new SimError(
      'ValueError',
      `Unable to fetch source artifact for linked artifact ${a.name}`,
      'version-not-found',
    );
  }
}

/**
 * `url`: a source version's artifact page; a registry link's membership view under
 * `orgs/{org}/registry/{name}`; a model link outside registries, the legacy model registry.
 */
export async function urlOf(a: Artifact): Promise<string> {
  ensureLogged(a, 'Artifact.url');
  const sdk = sdkOf(a);
  const collection = (await collectionOf(a)).name;
  const selection = urlQuote(`${a.entity}/${a.project}/${collection}`, '');
  if (a.isLink && isRegistryProject(a.project)) {
    const info = await sdk.request('FetchOrgInfoFromEntity', { entity: a.entity });
    const org = info.entity?.organization?.name;
    if (!org) return '';
    const registry = a.project.slice('wandb-registry-'.length);
    return `${APP_URL}/orgs/${org}/registry/${registry}?selectionPath=${selection}&view=membership&version=${a.version}`;
  }
  if (a.isLink && (a.type === 'model' || a.project === 'model-registry')) {
    return `${APP_URL}/${a.entity}/registry/model?selectionPath=${selection}&view=membership&version=${a.version}`;
  }
  return `${APP_URL}/${a.entity}/${a.project}/artifacts/${urlQuote(a.type)}/${urlQuote(collection)}/${a.version}`;
}

/** `logged_by()`: the run that logged the version (ArtifactCreatedBy), or None. */
export async function loggedBy(a: Artifact): Promise<PublicRun | null> {
  ensureLogged(a, 'Artifact.logged_by');
  const sdk = sdkOf(a);
  const d = await sdk.request('ArtifactCreatedBy', { id: a.id ?? '' });
  const run = d.artifact?.createdBy;
  if (!run?.project) return null;
  return loadRun(sdk, run.project.entity.name, run.project.name, run.name);
}

/**
 * `used_by()`: the runs that used the version (ArtifactUsedBy, by `id`: a link has its
 * source's id, so a link and its source list the same runs), each loaded as a public Run.
 */
export async function usedBy(a: Artifact): Promise<PublicRun[]> {
  ensureLogged(a, 'Artifact.used_by');
  const sdk = sdkOf(a);
  const d = await sdk.request('ArtifactUsedBy', { id: a.id ?? '' });
  const runs = (d.artifact?.usedBy.edges ?? []).map((e) => e.node).filter((r) => r.project);
  const out: PublicRun[] = [];
  for (const r of runs)
    out.push(await loadRun(sdk, r.project!.entity.name, r.project!.name, r.name));
  return out;
}

/**
 * `new_draft()`: a draft named after the source collection, with the description, metadata
 * and files of this version (the manifest, and the files it names).
 */
export async function newDraft(a: Artifact): Promise<Artifact> {
  ensureLogged(a, 'Artifact.new_draft');
  const sdk = sdkOf(a);
  const entries = await manifestOf(a);
  const d = await sdk.request('GetArtifactMembershipFileUrls', {
    entity: a.entity,
    project: a.project,
    collection: a.name.split(':')[0],
    alias: a.version,
    cursor: null,
    perPage: 5000,
  });
  const files = new Map(
    (d.project?.artifactCollection?.artifactMembership?.files?.edges ?? []).map(({ node }) => [
      node.name,
      node.content,
    ]),
  );
  const draft = sdk.newArtifact(a.sourceName.split(':')[0], a.type, {
    description: a.description,
    metadata: { ...a.metadata },
  });
  for (const e of entries) {
    if (e.ref !== undefined) {
      // A reference is copied as the manifest holds it (nothing to fetch).
      const { birthArtifactId: _, ...ref } = e;
      draft.draftManifest('Artifact.new_draft').add({ ...ref, skipCache: false }, true);
      continue;
    }
    const text = files.get(e.path);
    if (text === undefined) {
      throw new SimError(
        'ValueError',
        `Unable to fetch files for artifact: ${pyRepr(a.name)}`,
        'download-files',
      );
    }
    draft.setFile(e.path, text);
  }
  draft.draftOf = { entity: a.sourceEntity, project: a.sourceProject };
  // "This artifact's parent is the one we are making a draft from."
  draft.baseId = a.id;
  return draft;
}
