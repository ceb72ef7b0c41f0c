// Editing a logged version and saving it (artifact.py description / metadata / tags / ttl /
// aliases setters, save → _update: AddAliases, DeleteAliases, IsProjectReadOnly for a link,
// UpdateArtifact), and artifact[name] (__getitem__ / __setitem__), wandb 0.28.x, through
// runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { WorldSeed } from '../../world/types';
import type { World } from '../../world/world';

const run = (code: string, world: World = createWorld(worldSeeds.docs)) =>
  runSnippet(code, { world, files: { 'a.txt': 'A' } });

/** Logs vision-team/p/clf:v0 and waits; `art` is the logged artifact. */
const LOGGED = `import wandb
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.wait()
`;
const NOT_LOGGED_TYPE = 'wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError';
const NOT_LOGGED = (m: string) =>
  `'${m}' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.`;

describe('save() of a logged version: UpdateArtifact (0.28.x)', () => {
  it('saves description, metadata edited in place and tags; a fresh fetch sees them', async () => {
    const r = await run(`${LOGGED}art.description = "trained on v2"
art.metadata["acc"] = 0.9
art.tags = ["baseline", "baseline", "v2"]
print(art.tags)
art.save()
again = wandb.Api().artifact("vision-team/p/clf:v0")
print(again.description, again.metadata, again.tags)
again.tags.remove("v2")
again.save()
print(wandb.Api().artifact("vision-team/p/clf:latest").tags)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "['baseline', 'v2']\ntrained on v2 {'acc': 0.9} ['baseline', 'v2']\n['baseline']\n",
    );
    const updates = r.requests.filter((e) => e.operationName === 'UpdateArtifact');
    expect(updates.map((u) => u.variables)).toMatchObject([
      {
        input: {
          description: 'trained on v2',
          metadata: '{"acc":0.9}',
          ttlDurationSeconds: null,
          tagsToAdd: [{ tagName: 'baseline' }, { tagName: 'v2' }],
          tagsToDelete: [],
        },
      },
      { input: { tagsToAdd: [], tagsToDelete: [{ tagName: 'v2' }] } },
    ]);
  });

  it('on a link: the description warning, IsProjectReadOnly on the source, then the edit reaches the source', async () => {
    const r = await run(`${LOGGED}link = art.link("wandb-registry-model/clf-coll")
link.description = "edited through the link"
link.save()
print(wandb.Api().artifact("vision-team/p/clf:v0").description)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('edited through the link\n');
    expect(r.stderr).toContain(
      "wandb: WARNING Editing the description of this linked artifact will edit the description for the source artifact and it's linked artifacts as well.\n",
    );
    const ops = r.requests.map((e) => e.operationName);
    expect(ops.slice(ops.indexOf('IsProjectReadOnly'))).toEqual([
      'IsProjectReadOnly',
      'UpdateArtifact',
      'ArtifactMembershipByName',
    ]);
  });

  it('a link whose source project the viewer cannot write: the skip warning, and no UpdateArtifact', async () => {
    const s: WorldSeed = structuredClone(worldSeeds.docs);
    s.artifacts = [
      ...(s.artifacts ?? []),
      {
        entity: 'nlp-team',
        project: 'p',
        name: 'tok',
        type: 'model',
        links: [{ registry: 'model', collection: 'tokenizer' }],
      },
    ];
    const r = await run(
      `import wandb
link = wandb.Api().artifact("acme/wandb-registry-model/tokenizer:v0")
link.metadata = {"k": 1}
link.save()
print(wandb.Api().artifact("acme/wandb-registry-model/tokenizer:v0").metadata)
`,
      createWorld(s),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('{}\n');
    expect(r.stderr).toContain(
      'wandb: WARNING Skipping non-alias updates due to insufficient permissions on the source artifact.\n',
    );
    expect(r.requests.map((e) => e.operationName)).not.toContain('UpdateArtifact');
  });

  it('a team viewer saving a source version is refused by the server (CommError, our wording)', async () => {
    const s: WorldSeed = structuredClone(worldSeeds.docs);
    s.users.push({ name: 'carol' });
    s.orgs[0].members.push({ user: 'carol', role: 'member' });
    s.orgs[0].teams[0].members.push({ user: 'carol', role: 'viewer' });
    s.viewer = 'carol';
    const r = await run(
      `import wandb
art = wandb.Api().artifact("vision-team/pretrained/resnet-baseline:v0")
art.description = "mine now"
art.save()
`,
      createWorld(s),
    );
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.message).toMatch(/^permission denied: cannot update artifact \S+$/);
    expect(r.error?.hint?.text).toContain('write access');
  });
});

describe('ttl (0.28.x)', () => {
  it('a timedelta is saved and read back as one; None is no TTL', async () => {
    const r = await run(`${LOGGED}from datetime import timedelta
print(art.ttl)
art.ttl = timedelta(days=30)
print(art.ttl)
art.save()
print(art.ttl, type(art.ttl).__name__, wandb.Api().artifact("vision-team/p/clf:v0").ttl)
art.ttl = None
art.save()
print(wandb.Api().artifact("vision-team/p/clf:v0").ttl)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'None\n30 days, 0:00:00\n30 days, 0:00:00 timedelta 30 days, 0:00:00\nNone\n',
    );
    const ttls = r.requests
      .filter((e) => e.operationName === 'UpdateArtifact')
      .map(
        (e) => (e.variables as { input: { ttlDurationSeconds: unknown } }).input.ttlDurationSeconds,
      );
    expect(ttls).toEqual([2592000, -2]);
  });

  it('a draft cannot tell its inherited TTL; a non-positive one and a link are refused', async () => {
    const draft = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.ttl = None
print(art.ttl)
wandb.Artifact("other", "model").ttl
`);
    expect(draft.stdout).toBe('None\n');
    expect(draft.error?.type).toBe(NOT_LOGGED_TYPE);
    expect(draft.error?.message).toBe(NOT_LOGGED('Artifact.ttl'));

    const negative = await run(`${LOGGED}from datetime import timedelta
art.ttl = timedelta(seconds=-90)
`);
    expect(negative.error?.type).toBe('ValueError');
    expect(negative.error?.message).toBe('Artifact TTL Duration has to be positive. ttl: -90.0');

    const link = await run(`${LOGGED}link = art.link("wandb-registry-model/clf-coll")
link.ttl = None
`);
    expect(link.error?.type).toBe('ValueError');
    expect(link.error?.message).toBe(
      'Cannot set TTL for link artifact. Unlink the artifact first then set the TTL for the source artifact',
    );

    const notDelta = await run(`${LOGGED}art.ttl = 30\n`);
    expect(notDelta.error?.message).toBe("'int' object has no attribute 'total_seconds'");
  });
});

describe('setters: tags, aliases, metadata (0.28.x)', () => {
  it('tags: ensure_logged on a draft, the tag check, and the warning on a link', async () => {
    const draft = await run(`import wandb\nwandb.Artifact("clf", "model").tags = ["x"]\n`);
    expect(draft.error?.type).toBe(NOT_LOGGED_TYPE);
    expect(draft.error?.message).toBe(NOT_LOGGED('Artifact.tags'));

    const bad = await run(`${LOGGED}art.tags = ["ok", "not/ok"]\n`);
    expect(bad.error?.type).toBe('ValueError');
    expect(bad.error?.message).toBe(
      'Invalid tag(s).  Tags must only contain alphanumeric characters separated by hyphens, underscores, and/or spaces.',
    );

    const link = await run(`${LOGGED}link = art.link("wandb-registry-model/clf-coll")
link.tags = "candidate"
print(link.tags)
`);
    expect(link.stdout).toBe("['candidate']\n");
    expect(link.stderr).toContain(
      'wandb: WARNING Editing tags will apply the changes to the source artifact and all linked artifacts associated with it.\n',
    );
  });

  it('aliases: the separator characters are refused when set, naming them', async () => {
    const r = await run(`${LOGGED}art.aliases = ["best", "v2:rc"]\n`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      "Aliases must not contain any of the following characters: '/', ':'",
    );
  });

  it('metadata: a dict, a JSON string or None; anything else is the TypeError of validate_metadata', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model", metadata='{"a": 1}')
print(art.metadata)
art.metadata = None
print(art.metadata)
art.metadata = [1, 2]
`);
    expect(r.stdout).toBe("{'a': 1}\n{}\n");
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe("Cannot parse <class 'list'> as artifact metadata");
  });
});

describe('artifact[name] (0.28.x)', () => {
  it('__getitem__ is get(): ArtifactNotLoggedError naming Artifact.get on a draft, None for a plain file', async () => {
    const draft = await run(`import wandb\nwandb.Artifact("clf", "model")["a"]\n`);
    expect(draft.error?.type).toBe(NOT_LOGGED_TYPE);
    expect(draft.error?.message).toBe(NOT_LOGGED('Artifact.get'));
    const r = await run(
      `${LOGGED}print(art["a"], wandb.Api().artifact("vision-team/p/clf:v0")["a"])\n`,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('None None\n');
  });

  it('__setitem__ is add(): the finalized check, then the type check', async () => {
    const draft = await run(`import wandb\nwandb.Artifact("clf", "model")["t"] = {"a": 1}\n`);
    expect(draft.error?.type).toBe('TypeError');
    expect(draft.error?.message).toMatch(/^Found object of type <class 'dict'>, expected one of: /);
    const logged = await run(`${LOGGED}art["t"] = {"a": 1}\n`);
    expect(logged.error?.message).toBe(
      "'Artifact.add' used on logged artifact. Can't modify finalized artifact.",
    );
  });
});
