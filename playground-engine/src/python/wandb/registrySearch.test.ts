// api.registries(): the lazy Registries / Collections / Versions iterators of
// wandb/apis/public/registries/registries_search.py (0.28.x), their filters and errors.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string, seed = 'docs') =>
  runSnippet(`import wandb\napi = wandb.Api()\n${code}`, { world: createWorld(worldSeeds[seed]) });

const ops = (r: { requests: { operationName: string }[] }, name: string) =>
  r.requests.filter((q) => q.operationName === name).length;

describe('api.registries() is a lazy iterator (Registries, RelayPaginator)', () => {
  it('fetches nothing until iterated, then one page at a time', async () => {
    const made = await run('regs = api.registries(per_page=1)\nprint(type(regs).__name__)');
    expect(made.stdout).toBe('Registries\n');
    expect(ops(made, 'FetchRegistries')).toBe(0);

    const first = await run(
      'for r in api.registries(per_page=1):\n    print(r.name, r.full_name, r.visibility)\n    break',
    );
    expect(first.stdout).toBe('model wandb-registry-model organization\n');
    expect(ops(first, 'FetchRegistries')).toBe(1);

    const all = await run('print([r.name for r in api.registries(per_page=1)])');
    expect(all.stdout).toBe("['model', 'dataset']\n");
    // Two pages of one, then the second page says there is no next one.
    expect(ops(all, 'FetchRegistries')).toBe(2);
  });

  it('builtins, next() and a second loop see the same registries', async () => {
    const r = await run(`regs = api.registries(per_page=1)
print(next(regs).name)
print(sorted(r.name for r in regs), len(list(regs)))
print(regs.cursor is not None, regs.more, regs.length)
for r in regs:
    print(r.name, r.artifact_types)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'model',
        "['dataset', 'model'] 2",
        'True False 1',
        "model AddOnlyArtifactTypesList(saved=['model'], draft=[])",
        "dataset AddOnlyArtifactTypesList(saved=['dataset'], draft=[])",
        '',
      ].join('\n'),
    );
  });

  it("hides restricted registries the viewer is not in (bob, an org admin, sees 'compliance')", async () => {
    const r = await run('print([r.name for r in api.registries()])');
    expect(r.stdout).toBe("['model', 'dataset']\n");
    const w = createWorld(worldSeeds.docs);
    w.viewer = 'bob';
    const bob = await runSnippet(
      'import wandb\nprint([r.name for r in wandb.Api().registries()])',
      {
        world: w,
      },
    );
    expect(bob.stdout).toBe("['model', 'dataset', 'compliance']\n");
  });

  it("an unknown organization fails where iteration starts, with registries_search.py's ValueError", async () => {
    const r = await run('regs = api.registries(organization="nope")\nprint("made")\nlist(regs)');
    expect(r.stdout).toBe('made\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      "Organization 'nope' not found. Please verify the organization name is correct.",
    );
    expect(r.error?.line).toBe(5);
  });
});

describe('filters (registries/_utils.py, wandb/_filters)', () => {
  it('a registry name gains the wandb-registry- prefix, except inside $regex', async () => {
    const r = await run(`print([r.name for r in api.registries(filter={"name": "dataset"})])
print([r.name for r in api.registries(filter={"name": {"$regex": "^wandb-registry-mod"}})])
print([r.name for r in api.registries(filter={"name": {"$in": ["model", "nope"]}})])
print([r.name for r in api.registries(filter={"$or": [{"name": "model"}, {"name": "dataset"}]})])
regs = api.registries(filter={"name": {"$regex": "mod"}})
print(regs.filter)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "['dataset']",
        "['model']",
        "['model']",
        "['model', 'dataset']",
        "{'name': {'$regex': 'mod'}}",
        '',
      ].join('\n'),
    );
    const sent = r.requests.find((q) => q.operationName === 'FetchRegistries')?.variables as {
      filters: string;
    };
    expect(JSON.parse(sent.filters)).toEqual({ name: 'wandb-registry-dataset' });
  });

  it('a field the level does not know: pydantic ValidationError listing the valid ones', async () => {
    const r = await run('api.registries(filter={"nme": "x", "$or": [{"tag": "a"}]})');
    expect(r.error?.type).toBe('pydantic_core._pydantic_core.ValidationError');
    expect(r.error?.code).toBe('registry-filter');
    expect(r.error?.message).toBe(
      [
        '1 validation error for _RegistriesVars',
        'filters',
        "  Value error, Invalid filter fields: 'nme', 'tag'; must be one of: 'created_at', 'description', 'entity_id', 'id', 'name', 'updated_at' [type=value_error, input_value={'nme': 'x', '$or': [{'tag': 'a'}]}, input_type=dict]",
        '    For further information visit https://errors.pydantic.dev/2.12/v/value_error',
      ].join('\n'),
    );
    const c = await run('api.registries().collections(filter={"alias": "x"})');
    expect(c.error?.message).toContain(
      '1 validation error for _CollectionsVars\ncollectionFilter\n',
    );
    expect(c.error?.message).toContain(
      "must be one of: 'artifact_collection_id', 'collection_id', 'created_at', 'description', 'id', 'name', 'tag', 'updated_at'",
    );
    const o = await run('api.registries(order="size")');
    expect(o.error?.message).toContain(
      "Value error, Invalid order field 'size', must be one of: 'created_at', 'name', 'updated_at'",
    );
  });

  it('an operator the server cannot evaluate is its error, raised while iterating', async () => {
    const r = await run('list(api.registries(filter={"name": {"$near": 1}}))');
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.message).toBe("unsupported filter operator '$near'");
  });

  it('order sorts the registries; their collections then come registry by registry', async () => {
    const r = await run(`regs = api.registries(order="-name")
print([r.name for r in regs])
colls = regs.collections()
print(type(colls).__name__, [c.name for c in colls])
try:
    len(api.registries(order="name").collections())
except TypeError as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "['model', 'dataset']",
        "_OrderedCollections ['image-classifier', 'road-signs']",
        '`__len__` is not supported for ordered chained registry queries.',
        '',
      ].join('\n'),
    );
  });
});

describe('collections() and versions() of the search', () => {
  it('collections(filter=...) yields ArtifactCollection objects; len() is the total', async () => {
    const r = await run(`colls = api.registries().collections()
print(len(colls))
for c in colls:
    print(c.name, c.type, c.entity, c.project)
print([c.name for c in api.registries(filter={"name": "dataset"}).collections()])
print([c.name for c in api.registries().collections(filter={"name": {"$regex": "image"}})])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        '2',
        'image-classifier model acme wandb-registry-model',
        'road-signs dataset acme wandb-registry-dataset',
        "['road-signs']",
        "['image-classifier']",
        '',
      ].join('\n'),
    );
  });

  it('versions(filter=...) yields the linked versions, named collection:vN', async () => {
    const r = await run(`for v in api.registries().versions(filter={"alias": "latest"}):
    print(v.name, v.aliases, v.qualified_name, v.is_link, v.source_name)
print(list(api.registries().collections(filter={"name": "road-signs"}).versions()))
print([v.version for v in api.registries(filter={"name": "model"}).versions(filter={"$or": [{"alias": "prod"}, {"version": "v0"}]})])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "image-classifier:v0 ['latest'] acme/wandb-registry-model/image-classifier:v0 True resnet-baseline:v0",
        '[]',
        "['v0']",
        '',
      ].join('\n'),
    );
  });

  it('a registry searches its own collections and versions', async () => {
    const r = await run(`reg = api.registry("model")
print([c.name for c in reg.collections()])
print([v.name for v in reg.versions()])
print([c.name for c in api.registry("dataset").collections(filter={"tag": "x"})])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['image-classifier']\n['image-classifier:v0']\n[]\n");
    const sent = r.requests.find((q) => q.operationName === 'RegistryCollections')?.variables as {
      registryFilter: string;
    };
    // registry_filter_for(registry): its internal id.
    expect(Object.keys(JSON.parse(sent.registryFilter))).toEqual(['id']);
  });
});
