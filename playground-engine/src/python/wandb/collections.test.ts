// Lookups of the public API (api.py artifact_exists, artifact_collection,
// artifact_collections, artifacts, artifact_versions, project; artifacts.py
// ArtifactCollection, Artifacts; projects.py Project.artifacts_types), through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { termProblems } from './termProblems';

const run = (code: string) => runSnippet(code, { world: createWorld(worldSeeds.docs) });
const API = 'import wandb\napi = wandb.Api()\n';

describe('api.artifact_exists (0.28.x)', () => {
  it('True for a version or alias that exists, False for one that does not (test_artifact_exists)', async () => {
    const r =
      await run(`${API}print(api.artifact_exists("vision-team/pretrained/resnet-baseline:v1"))
print(api.artifact_exists("vision-team/pretrained/resnet-baseline:v9"))
print(api.artifact_exists("vision-team/pretrained/nope:latest"))
print(api.artifact_exists("acme/wandb-registry-model/image-classifier:latest"))
print(api.artifact_exists("vision-team/pretrained/resnet-baseline:v0", type="dataset"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True\nFalse\nFalse\nTrue\nFalse\n');
    expect(r.requests.some((e) => e.operationName === 'ArtifactMembershipByName')).toBe(true);
  });
});

describe('api.artifact_collection / artifact_collections', () => {
  it('reads a collection: name, type, description, tags, aliases, is_sequence(), repr', async () => {
    const r =
      await run(`${API}c = api.artifact_collection("model", "vision-team/pretrained/resnet-baseline")
print(c, c.name, c.type, c.description, c.tags, c.is_sequence())
print(sorted(c.aliases))
reg = api.artifact_collection("model", "acme/wandb-registry-model/image-classifier")
print(reg, reg.is_sequence(), reg.entity, reg.project)
`);
    expect(r.error).toBeUndefined();
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '<ArtifactCollection resnet-baseline (model)> resnet-baseline model None [] True',
    );
    expect(lines[1]).toBe("['latest']");
    expect(lines[2]).toMatch(
      /^<ArtifactCollection image-classifier \(model\)> False acme\S* wandb-registry-model$/,
    );
    expect(r.requests.map((e) => e.operationName)).toContain('ProjectArtifactCollection');
    expect(r.requests.map((e) => e.operationName)).toContain('ArtifactCollectionAliases');
  });

  it('a missing collection is CommError: Could not find artifact type (ArtifactCollection.load)', async () => {
    const r = await run(`${API}api.artifact_collection("model", "vision-team/pretrained/nope")\n`);
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.message).toBe("Could not find artifact type 'model'");
  });

  it('lists the collections of one type in a project, len() is the total', async () => {
    const r = await run(`${API}cols = api.artifact_collections("vision-team/pretrained", "model")
print(len(cols), [c.name for c in cols])
print([c.name for c in api.artifact_collections("acme/wandb-registry-dataset", "dataset")])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("1 ['resnet-baseline']\n['road-signs']\n");
  });
});

describe('api.artifacts / artifact_versions / collection.artifacts()', () => {
  it('versions in ascending order, named collection:vN, with their aliases; "-version_index" reverses', async () => {
    const r =
      await run(`${API}versions = api.artifacts("model", "vision-team/pretrained/resnet-baseline")
print(len(versions), [(v.name, v.version, v.aliases) for v in versions])
print([v.name for v in api.artifacts("model", "vision-team/pretrained/resnet-baseline", order="-version_index")])
linked = api.artifact_collection("model", "acme/wandb-registry-model/image-classifier").artifacts()
print([(v.name, v.is_link, v.source_name) for v in linked])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      "2 [('resnet-baseline:v0', 'v0', []), ('resnet-baseline:v1', 'v1', ['latest'])]",
      "['resnet-baseline:v1', 'resnet-baseline:v0']",
      "[('image-classifier:v0', True, 'resnet-baseline:v0')]",
      '',
    ]);
  });

  it('artifact_versions warns that it is deprecated, then lists as artifacts() does', async () => {
    const r = await run(
      `${API}print(len(api.artifact_versions("model", "vision-team/pretrained/resnet-baseline")))\n`,
    );
    expect(r.stdout).toBe('2\n');
    expect(termProblems(r.stderr)).toBe(
      'wandb: WARNING Api.artifact_versions(type_name, name) is deprecated, use Api.artifacts(type_name, name) instead.\n',
    );
  });
});

describe('api.project(...).artifacts_types()', () => {
  it("lists a registry's accepted types (the org entity resolved from the viewer's org)", async () => {
    const r = await run(`${API}project = api.project("wandb-registry-compliance")
print([t.name for t in project.artifacts_types()])
print([t.name for t in api.project("pretrained").artifacts_types()])
`);
    // compliance is restricted and alice is not a member: it does not exist for her. The
    // paginator is made without a request; its first page fails, outside normalize_exceptions.
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Unable to parse 'ArtifactTypes' response data");
    expect(r.error?.line).toBe(4);
    const ok = await run(`${API}print(api.project("wandb-registry-dataset"))
print([t.name for t in api.project("wandb-registry-dataset").artifacts_types()])
print([t.name for t in api.project("pretrained").artifacts_types()])
`);
    expect(ok.error).toBeUndefined();
    expect(ok.stdout.split('\n')[1]).toBe("['dataset']");
    expect(ok.stdout.split('\n')[2]).toBe("['model', 'dataset']");
    expect(ok.requests.map((e) => e.operationName)).toContain('ProjectArtifactTypes');
  });

  it('artifact_types (singular) does not exist on Project: the Attrs AttributeError', async () => {
    const r = await run(`${API}p = api.project("pretrained")
print(hasattr(p, "artifact_types"))
p.artifact_types()
`);
    expect(r.stdout).toBe('False\n');
    expect(r.error?.type).toBe('AttributeError');
    expect(r.error?.message).toBe(
      "'<Project vision-team/pretrained>' object has no attribute 'artifact_types'",
    );
  });
});
