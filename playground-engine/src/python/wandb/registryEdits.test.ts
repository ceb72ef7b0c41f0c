// api.registry / api.create_registry and a Registry's edits, delete and members
// (wandb/apis/public/api.py, registries/registry.py, _freezable_list.py, _members.py; 0.28.x).

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { World } from '../../world/world';

const world = (viewer = 'alice') => {
  const w = createWorld(worldSeeds.docs);
  w.viewer = viewer;
  return w;
};
const run = (code: string, w: World = world()) =>
  runSnippet(`import wandb\napi = wandb.Api()\n${code}`, { world: w });

describe('api.registry (FetchOrganization, then Registry.load over FetchRegistry)', () => {
  it('reads the registry with the real operations', async () => {
    const r = await run(`reg = api.registry("model")
print(reg.name, reg.full_name, reg.entity, reg.organization, reg.visibility, reg.description)
print(reg.artifact_types, reg.allow_all_artifact_types, reg.path)
print(type(reg).__name__, reg.id == api.registry("model").id)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'model wandb-registry-model acme acme organization None',
        "AddOnlyArtifactTypesList(saved=['model'], draft=[]) False ['acme', 'wandb-registry-model']",
        'Registry True',
        '',
      ].join('\n'),
    );
    expect(r.requests.map((q) => q.operationName)).toContain('FetchRegistry');
    expect(r.requests.map((q) => q.operationName)).not.toContain('FetchRegistries');
  });
});

describe('api.create_registry (api.py, Registry.create)', () => {
  it('creates a registry its creator administers; no types accepts every type', async () => {
    const w = world();
    const r = await run(
      `reg = api.create_registry("evals", visibility="restricted", description="Held out")
print(reg.name, reg.visibility, reg.description, reg.allow_all_artifact_types, list(reg.artifact_types))
print([(m.user.username, m.role) for m in reg.user_members()])
typed = api.create_registry("checkpoints", "organization", artifact_types=["model"])
print(typed.allow_all_artifact_types, list(typed.artifact_types))
print(sorted(r.name for r in api.registries()))
`,
      w,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'evals restricted Held out True []',
        "[('alice', 'admin')]",
        "False ['model']",
        "['checkpoints', 'dataset', 'evals', 'model']",
        '',
      ].join('\n'),
    );
    // bob, an org admin, sees the restricted one; the world holds it.
    const reg = w.getProject('acme', 'wandb-registry-evals')?.registry;
    expect(reg).toMatchObject({ visibility: 'restricted', members: { alice: 'admin' } });
  });

  it('refuses a taken name, a bad visibility and a bad name, in the order of the source', async () => {
    const taken = await run('api.create_registry("model", "organization")');
    expect(taken.error?.type).toBe('ValueError');
    expect(taken.error?.message).toBe(
      "Registry 'model' already exists in organization 'acme', please use a different name.",
    );
    expect(taken.error?.code).toBe('registry-exists');
    // A restricted registry alice cannot see looks free, then the server refuses the name.
    const hidden = await run('api.create_registry("compliance", "organization")');
    expect(hidden.error?.message).toBe(
      "Failed to create registry 'compliance' in organization 'acme'.",
    );
    const vis = await run('api.create_registry("a/b", "private")');
    expect(vis.error?.message).toBe(
      "Invalid project/registry name 'a/b', cannot contain characters: '/'",
    );
    const vis2 = await run('api.create_registry("evals", "private")');
    expect(vis2.error?.message).toBe(
      "Invalid visibility 'private'. Expected one of: 'organization', 'restricted'",
    );
    const org = await run('api.create_registry("evals", "organization", organization="nope")');
    expect(org.error?.type).toBe('wandb.errors.errors.CommError');
    expect(org.error?.message).toBe("Organization 'nope' not found.");
  });
});

describe('Registry edits: description, artifact_types, visibility, save() (registry.py)', () => {
  it("the creator edits and saves; types only grow (AddOnlyArtifactTypesList's messages)", async () => {
    const w = world();
    const r = await run(
      `reg = api.create_registry("evals", "organization", artifact_types=["dataset"])
reg.artifact_types.append("model")
reg.artifact_types.append("scratch")
reg.artifact_types.remove("scratch")
print(reg.artifact_types, reg.artifact_types.draft)
reg.description = "Held-out sets"
reg.visibility = "restricted"
reg.save()
print(reg.artifact_types, reg.description, reg.visibility, reg.updated_at is not None)
try:
    reg.artifact_types.remove("dataset")
except ValueError as e:
    print(e)
try:
    reg.artifact_types.insert(0, "code")
except IndexError as e:
    print(e)
reg.allow_all_artifact_types = True
reg.artifact_types.append("code")
try:
    reg.save()
except ValueError as e:
    print(e)
`,
      w,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "AddOnlyArtifactTypesList(saved=['dataset'], draft=['model']) ('model',)",
        "AddOnlyArtifactTypesList(saved=['dataset', 'model'], draft=[]) Held-out sets restricted True",
        "Cannot remove artifact type: 'dataset' that has been saved to the registry",
        'Cannot insert into the frozen list (index < 2)',
        'Cannot update artifact types when `allows_all_artifact_types` is True. Set it to False first.',
        '',
      ].join('\n'),
    );
    expect(w.getProject('acme', 'wandb-registry-evals')?.registry).toMatchObject({
      description: 'Held-out sets',
      visibility: 'restricted',
      acceptedTypes: ['dataset', 'model'],
    });
  });

  it('a member who is not a registry admin cannot save: "Failed to save" (the server\'s reason in the hint)', async () => {
    const w = world();
    const r = await run('reg = api.registry("model")\nreg.description = "mine"\nreg.save()', w);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Failed to save registry 'model' in organization 'acme'");
    expect(r.error?.code).toBe('registry-admin-only');
    expect(w.getProject('acme', 'wandb-registry-model')?.registry?.description).toBeUndefined();
  });

  it('org admins edit core registries, within their rules; setters validate as pydantic does', async () => {
    const r = await run(
      `reg = api.registry("model")
reg.description = "Production models"
reg.save()
print(api.registry("model").description)
reg.visibility = "restricted"
try:
    reg.save()
except ValueError as e:
    print(e)
reg.visibility = "anything"
print(reg.visibility)
try:
    reg.description = 5
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[2])
`,
      world('bob'),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'Production models',
        "Failed to save registry 'model' in organization 'acme'",
        'organization',
        'ValidationError   Input should be a valid string [type=string_type, input_value=5, input_type=int]',
        '',
      ].join('\n'),
    );
  });

  it('a new name is saved with RenameRegistry', async () => {
    const w = world();
    const r = await run(
      `reg = api.create_registry("evals", "organization")
reg.name = "evaluations"
reg.save()
print(reg.name, reg.full_name, sorted(r.name for r in api.registries()))
`,
      w,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "evaluations wandb-registry-evaluations ['dataset', 'evaluations', 'model']\n",
    );
    expect(r.requests.map((q) => q.operationName)).toContain('RenameRegistry');
  });
});

describe('Registry.delete (DeleteRegistry)', () => {
  it('deletes a registry its viewer administers, with its collections; refuses others', async () => {
    const w = world();
    const r = await run(
      `reg = api.create_registry("evals", "organization")
reg.delete()
print(sorted(r.name for r in api.registries()))
api.registry("model").delete()
`,
      w,
    );
    expect(r.stdout).toBe("['dataset', 'model']\n");
    expect(r.error?.message).toBe("Failed to delete registry 'model' in organization 'acme'");
    expect(w.getProject('acme', 'wandb-registry-evals')).toBeUndefined();
    const core = await run('api.registry("dataset").delete()', world('bob'));
    expect(core.error?.message).toBe("Failed to delete registry 'dataset' in organization 'acme'");
  });
});

describe('members (registry.py members, _members.py)', () => {
  it('lists, adds, updates and removes user and team members as the admin', async () => {
    const w = world('bob');
    const r = await run(
      `reg = api.registry("compliance")
print(reg.members())
`,
      w,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "[UserMember(kind=<MemberKind.USER: 'User'>, user=<User bob>, role='admin')]\n",
    );

    const edits = await run(
      `reg = api.registry("compliance")
reg.add_members("VXNlcjox")  # User:1, alice
print([(m.user.username, m.role) for m in reg.user_members()])
alice = [m for m in reg.user_members() if m.user.username == "alice"][0]
reg.update_member(alice.user, "member")
reg.add_members("RW50aXR5OjQ=")  # Entity:4, vision-team
print([(m.team.name, m.role) for m in reg.team_members()])
print(reg.members()[1].role)
reg.remove_members(alice)
print([m.user.username for m in reg.user_members()])
`,
      w,
    );
    expect(edits.error).toBeUndefined();
    expect(edits.stdout).toBe(
      [
        "[('bob', 'admin'), ('alice', 'restricted_viewer')]",
        "[('vision-team', 'restricted_viewer')]",
        'member',
        "['bob']",
        '',
      ].join('\n'),
    );
  });

  it('refuses a non-admin, a missing member and a bad argument with the real texts', async () => {
    const none = await run('api.registry("model").add_members()');
    expect(none.error?.type).toBe('TypeError');
    expect(none.error?.message).toBe("Must provide at least one member to 'add_members'.");
    const bad = await run('api.registry("model").add_members(5)');
    expect(bad.error?.message).toBe(
      "Member arg must be a 'User', 'Team', or a user/team ID. Got: 'int'",
    );
    const denied = await run('api.registry("model").add_members("VXNlcjoy")');
    expect(denied.error?.type).toBe('wandb.errors.errors.CommError');
    expect(denied.error?.message).toBe(
      "permission denied: user 'alice' has role 'member' in registry 'model'; changing a registry's settings or members requires the admin role",
    );
    expect(denied.error?.code).toBe('registry-admin-only');
    const org = await run('api.registry("compliance").add_members("RW50aXR5OjM=")', world('bob'));
    expect(org.error?.message).toBe("no user or team with id 'RW50aXR5OjM=' in this organization");
    const role = await run(
      'api.registry("model").update_member("VXNlcjox", "owner")',
      world('bob'),
    );
    expect(role.error?.message).toBe(
      "invalid registry role 'owner': expected one of admin, member, viewer, restricted_viewer",
    );
  });
});
