// The public API's paginators are lazy (wandb/apis/paginator.py RelayPaginator,
// SizedRelayPaginator): api.artifacts, api.artifact_collections, collection.artifacts(),
// project.artifacts_types() and a public run's logged_artifacts() / used_artifacts() fetch
// nothing when made, one page at a time as they are read, and len() is the server's total.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const API = 'import wandb\napi = wandb.Api()\n';
const ops = (r: { requests: { operationName: string }[] }, name: string) =>
  r.requests.filter((e) => e.operationName === name).length;

/** A world where alice's "demo" project holds `n` versions of collection "clf". */
async function withVersions(n: number) {
  const world = createWorld(worldSeeds.docs);
  const r = await runSnippet(
    `import wandb
run = wandb.init(project="demo")
for i in range(${n}):
    with open("m.txt", "w") as f:
        f.write(str(i))
    run.log_artifact("m.txt", name="clf", type="model")
run.finish()
print(run.id)
`,
    { world },
  );
  expect(r.error).toBeUndefined();
  return { world, runId: r.stdout.trim() };
}

describe('api.artifacts(...) (Artifacts, 0.28.x)', () => {
  it('fetches nothing when made; a loop fetches one page at a time; len() reads the first page only', async () => {
    const { world } = await withVersions(5);
    const r = await runSnippet(
      `${API}vs = api.artifacts("model", "demo/clf", per_page=2)
print(repr(vs).startswith("<wandb.apis.public.artifacts.Artifacts object at 0x"), vs.more, vs.cursor)
print(len(vs))
for v in vs:
    print(v.name)
    break
print(vs[3].name)
print([v.version for v in vs], vs.more)
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      'True True None',
      '5',
      'clf:v0',
      'clf:v3',
      "['v0', 'v1', 'v2', 'v3', 'v4'] False",
      '',
    ]);
    // len(): page 1; vs[3]: page 2; the list: page 3 (the loop and vs[3] needed no more).
    expect(ops(r, 'ProjectArtifacts')).toBe(3);
  });

  it('made for a collection that does not exist: the first page fails, as a ValueError', async () => {
    const r = await runSnippet(
      `${API}vs = api.artifacts("model", "vision-team/pretrained/nope")
print("made")
for v in vs:
    pass
`,
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.stdout).toBe('made\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Unable to parse 'Artifacts' response data");
  });

  it('tags= keeps the versions holding every tag; len() stays the total the server counts', async () => {
    const r = await runSnippet(
      `${API}vs = api.artifacts("model", "vision-team/pretrained/resnet-baseline", tags=["nope"])
print(len(vs), list(vs))
`,
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('2 []\n');
  });

  it('an index past the end is IndexError once every page is fetched', async () => {
    const { world } = await withVersions(3);
    const r = await runSnippet(
      `${API}vs = api.artifacts("model", "demo/clf", per_page=2)\nvs[7]\n`,
      {
        world,
      },
    );
    expect(r.error?.type).toBe('IndexError');
    expect(r.error?.message).toBe('list index out of range');
  });
});

describe('api.artifact_collections(...) (ArtifactCollections, 0.28.x)', () => {
  it('order= needs ARTIFACT_COLLECTIONS_FILTERING_SORTING: UnsupportedError, not wrapped in CommError', async () => {
    const r = await runSnippet(
      `${API}api.artifact_collections("vision-team/pretrained", "model", order="name")\n`,
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.error?.type).toBe('wandb.errors.errors.UnsupportedError');
    expect(r.error?.message).toBe(
      'Filtering and ordering of artifact collections is not supported on this wandb server version. Please upgrade your server version or contact support at support@wandb.com.',
    );
  });

  it('fetches nothing until read', async () => {
    const r = await runSnippet(
      `${API}cols = api.artifact_collections("vision-team/pretrained", "model")
print(type(cols).__name__)
`,
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.stdout).toBe('ArtifactCollections\n');
    expect(ops(r, 'ArtifactTypeArtifactCollections')).toBe(0);
  });
});

describe('public Run.logged_artifacts() / used_artifacts() (RunArtifacts, 0.28.x)', () => {
  it('fetch nothing when made; iterating fetches the pages; len() is the total', async () => {
    const { world, runId } = await withVersions(3);
    const r = await runSnippet(
      `${API}run = api.run("demo/${runId}")
logged = run.logged_artifacts(per_page=2)
used = run.used_artifacts()
print(repr(logged).startswith("<wandb.apis.public.artifacts.RunArtifacts object at 0x"))
print(len(logged), [a.name for a in logged], len(used), list(used))
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("True\n3 ['clf:v0', 'clf:v1', 'clf:v2'] 0 []\n");
    expect(ops(r, 'RunOutputArtifacts')).toBe(2);
    expect(ops(r, 'RunInputArtifacts')).toBe(1);
  });
});
