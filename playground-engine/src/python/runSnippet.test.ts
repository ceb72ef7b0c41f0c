// SDK-through-Python: the docs' snippets and every troubleshooting case of the facts,
// run end to end (Python → wandb binding → sdk → GraphQL → server → world).

import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../scenarios/seeds';
import type { NetworkEntry } from '../client/transport';
import { createWorld } from '../world';
import { runSnippet } from '../host/runSnippet';
import { REFERENCE } from '../analysis/fixtures';
import { termProblems, withoutConsole } from './wandb/termProblems';
import { coreFooter } from './wandb/testSnippets';

const run = (code: string, seed = 'docs', env?: Record<string, string>) =>
  runSnippet(code, { world: createWorld(worldSeeds[seed]), env });

/** Log a one-file model from a run, then link it to `target` (line 6 is the link call). */
const linkSnippet = (
  target: string,
  opts: { init?: string; type?: string; aliases?: string; after?: string } = {},
) => `import wandb
with wandb.init(${opts.init ?? 'project="p"'}) as run:
    with open("m.txt", "w") as f:
        f.write("x")
    art = run.log_artifact("m.txt", "clf", type="${opts.type ?? 'model'}")
    linked = run.link_artifact(art, "${target}"${opts.aliases ? `, aliases=${opts.aliases}` : ''})
    print(linked.qualified_name)
${opts.after ?? ''}`;

const QUICKSTART_CORRECTED = `import wandb

ORG_ENTITY_NAME = "acme"
REGISTRY_NAME = "model"  # Set to "model" to link to the model registry
COLLECTION_TYPE = "model"

with wandb.init(project="link-quickstart") as run:
  with open("my_model.txt", "w") as f:
    f.write("simulated model file")

  logged_artifact = run.log_artifact("./my_model.txt", "artifact-name", type=COLLECTION_TYPE)
  linked = run.link_artifact(
    artifact=logged_artifact,
    target_path=f"{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY_NAME}/Example ML Task"
  )
  print(linked.name)
`;

// The reference page's snippet as published: defines ORG_NAME, uses ORG_ENTITY_NAME.
const QUICKSTART_PUBLISHED = REFERENCE;

describe('the reference quickstart', () => {
  it('corrected, links and prints the linked name', async () => {
    const r = await run(QUICKSTART_CORRECTED);
    expect(r.error).toBeUndefined();
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe('Example ML Task:v0\n');
    expect(r.requests.map((e) => e.operationName)).toContain('LinkArtifact');
  });

  it('as published, fails with NameError on the f-string line', async () => {
    const r = await run(QUICKSTART_PUBLISHED);
    expect(r.ok).toBe(false);
    expect(r.error?.type).toBe('NameError');
    expect(r.error?.message).toBe("name 'ORG_ENTITY_NAME' is not defined");
    expect(r.error?.line).toBe(14);
    expect(r.error?.column).toBe(20);
    expect(r.error?.hint?.docs).toBe('/docs/troubleshooting#undefined-name');
    expect(r.error?.hint?.text).toContain("'ORG_NAME'");
    expect(r.error?.traceback).toBe(
      [
        'Traceback (most recent call last):',
        '  File "<snippet>", line 14, in <module>',
        '    target_path=f"{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY_NAME}/Example ML Task"',
        "NameError: name 'ORG_ENTITY_NAME' is not defined",
      ].join('\n'),
    );
    // The artifact was logged before the failing line; nothing was linked.
    const ops = r.requests.map((e) => e.operationName);
    expect(ops).toContain('CreateArtifact');
    expect(ops).not.toContain('LinkArtifact');
  });
});

describe('troubleshooting cases give the exact SDK error through Python', () => {
  const cases: {
    name: string;
    seed: string;
    code: string;
    type: string;
    message: string | RegExp;
    docs?: string;
    line?: number;
  }[] = [
    {
      name: 'personal entity (S1)',
      seed: 'personal-entity',
      code: linkSnippet('wandb-registry-model/c'),
      type: 'wandb.errors.errors.CommError',
      message:
        "linking is only allowed within the same team or to a collection in your organization's registry",
      docs: '/docs/troubleshooting#personal-account',
      line: 6,
    },
    {
      name: 'several orgs, no org in the path (S2)',
      seed: 'multiple-orgs',
      code: linkSnippet('wandb-registry-model/c'),
      type: 'wandb.errors.errors.CommError',
      message:
        "Personal entity 'alice' belongs to multiple organizations and cannot be used without specifying the organization name. Please specify the organization in the Registry path or use a team entity in the entity settings.",
      docs: '/docs/troubleshooting#multiple-orgs',
    },
    {
      name: 'several orgs, wrong org (S3)',
      seed: 'multiple-orgs',
      code: linkSnippet('initech/wandb-registry-model/c'),
      type: 'wandb.errors.errors.CommError',
      message:
        "Personal entity belongs to multiple organizations and cannot be linked/fetched with 'initech'. Please update the target path with the correct organization name or use a team entity in the entity settings.",
      docs: '/docs/troubleshooting#multiple-orgs',
    },
    {
      name: 'team name as the org prefix (S3)',
      seed: 'team-name-as-org',
      code: linkSnippet('vision-team/wandb-registry-model/c'),
      type: 'wandb.errors.errors.CommError',
      message: "Unable to find organization for entity 'vision-team'.",
      docs: '/docs/troubleshooting#team-name-as-org',
    },
    {
      name: 'alias with a slash',
      seed: 'alias-characters',
      code: linkSnippet('wandb-registry-model/c', { aliases: '["prod/v1"]' }),
      type: 'wandb.errors.errors.CommError',
      message: "Aliases must not contain any of the following characters: '/', ':'",
      docs: '/docs/troubleshooting#alias-characters',
    },
    {
      name: 'type not accepted (S6)',
      seed: 'type-not-accepted',
      code: linkSnippet('wandb-registry-benchmarks/c'),
      type: 'wandb.errors.errors.CommError',
      message: /is not accepted by registry 'benchmarks'/,
      docs: '/docs/troubleshooting#type-not-accepted',
    },
    {
      name: 'registry not found',
      seed: 'registry-not-found',
      code: linkSnippet('wandb-registry-nope/c'),
      type: 'wandb.errors.errors.CommError',
      message: "project 'wandb-registry-nope' not found under entity 'acme'",
      docs: '/docs/troubleshooting#registry-not-found',
    },
    {
      name: 'finished run',
      seed: 'finished-run',
      code: 'import wandb\nrun = wandb.init(project="p")\nart = wandb.Artifact("clf", "model")\nrun.finish()\nrun.link_artifact(art, "wandb-registry-model/c")\n',
      type: 'wandb.errors.errors.UsageError',
      message:
        /^Run \(\w+\) is finished\. The call to `link_artifact` will be ignored\. Please make sure that you are using an active run\.$/,
      docs: '/docs/troubleshooting#finished-run',
      line: 5,
    },
    {
      name: 'invalid artifact name',
      seed: 'invalid-artifact-name',
      code: 'import wandb\nart = wandb.Artifact("my model", "model")\n',
      type: 'ValueError',
      message:
        "Artifact name may only contain alphanumeric characters, dashes, underscores, and dots. Invalid name: 'my model'",
      docs: '/docs/troubleshooting#invalid-artifact-name',
      line: 2,
    },
    {
      name: 'reserved type',
      seed: 'docs',
      code: 'import wandb\nart = wandb.Artifact("x", "wandb-foo")\n',
      type: 'ValueError',
      message:
        "Artifact type 'wandb-foo' is reserved for internal use. Please use a different type.",
      docs: '/docs/troubleshooting#reserved-type',
    },
    {
      name: 'four-part path in run.link_artifact is a plain ValueError',
      seed: 'docs',
      code: linkSnippet('a/b/c/d'),
      type: 'ValueError',
      message: "Invalid artifact path: 'a/b/c/d'",
      docs: '/docs/troubleshooting#invalid-path',
    },
    {
      name: 'viewer role cannot link',
      seed: 'viewer-role',
      code: linkSnippet('wandb-registry-model/c'),
      type: 'wandb.errors.errors.CommError',
      message: /viewer/,
      docs: '/docs/troubleshooting#no-permission',
    },
    {
      name: 'unlink on a source version',
      seed: 'docs',
      code: linkSnippet('wandb-registry-model/c', { after: 'art.unlink()' }),
      type: 'ValueError',
      message:
        "Artifact 'vision-team/p/clf:v0' is not a linked artifact and cannot be unlinked.  To delete it, use 'Artifact.delete' instead.",
      line: 8,
    },
    {
      name: 'logged property of a draft',
      seed: 'docs',
      code: 'import wandb\nart = wandb.Artifact("clf", "model")\nprint(art.version)\n',
      type: 'wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError',
      message:
        "'Artifact.version' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.",
    },
  ];

  it.each(cases)('$name', async ({ seed, code, type, message, docs, line }) => {
    const r = await run(code, seed);
    expect(r.ok).toBe(false);
    expect(r.error?.type).toBe(type);
    if (typeof message === 'string') expect(r.error?.message).toBe(message);
    else expect(r.error?.message).toMatch(message);
    if (docs) expect(r.error?.hint?.docs).toBe(docs);
    if (line) expect(r.error?.line).toBe(line);
    expect(r.error?.traceback.split('\n').pop()).toBe(`${type}: ${r.error?.message}`);
  });
});

describe('the wandb module surface', () => {
  it('CommError is catchable by class, by import, and by its base class', async () => {
    const r = await run(`import wandb
from wandb.errors import CommError
for target in ["vision-team/wandb-registry-model/c", "wandb-registry-nope/c"]:
    with wandb.init(project="p") as run:
        art = wandb.Artifact("clf", "model")
        try:
            run.link_artifact(art, target)
        except CommError as e:
            print("caught:", e)
        except Exception:
            print("wrong handler")
try:
    wandb.Artifact("clf", "model").link("vision-team/wandb-registry-model/c")
except wandb.errors.Error as e:
    print(type(e).__name__, isinstance(e, wandb.errors.CommError), e.message == str(e))
`);
    expect(r.error).toBeUndefined();
    expect(withoutConsole(r.output)).toEqual([
      { stream: 'stdout', text: "caught: Unable to find organization for entity 'vision-team'.\n" },
      // The second run logs identical content: wandb-core's dedup warning, on stderr
      // as wandb/errors/term.py prints every termlog line.
      {
        stream: 'stderr',
        text: 'wandb: WARNING Artifact "clf" already exists with the same content. No new version will be created.\n',
      },
      {
        stream: 'stdout',
        text: "caught: project 'wandb-registry-nope' not found under entity 'acme'\nCommError True True\n",
      },
    ]);
  });

  it('with wandb.init() finishes the run at block end', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    print(wandb.run is run)
print(wandb.run)
run.log_artifact(wandb.Artifact("clf", "model"))
`);
    expect(r.stdout).toBe('True\nNone\n');
    expect(r.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(r.error?.message).toMatch(/The call to `log_artifact` will be ignored/);
  });

  it('positional and keyword forms give the same link', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
a = wandb.Artifact("clf", "model", "a description", {"k": 1})
b = wandb.Artifact(name="clf2", type="model", metadata={"k": 2})
x = run.link_artifact(a, "wandb-registry-model/c", ["prod"])
y = run.link_artifact(artifact=b, target_path="wandb-registry-model/c", aliases=["best"])
print(x.version, sorted(x.aliases), y.version, sorted(y.aliases), a.description, b.metadata)
print(run.log({"acc": 0.9}), wandb.login(), a.add_file is not None)
run.finish()
`);
    expect(r.error).toBeUndefined();
    // x was built before y's link moved 'latest', so (as in the SDK) it still shows it.
    // wandb.login() with a run active has no effect and returns False (wandb_login.py).
    expect(r.stdout).toBe(
      "v0 ['latest', 'prod'] v1 ['best', 'latest'] a description {'k': 2}\nNone False True\n",
    );
  });

  it('unknown keywords and missing arguments raise CPython TypeErrors', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
art = wandb.Artifact("clf", "model")
for f in [lambda: run.link_artifact(art, target="x"), lambda: run.link_artifact(art), lambda: wandb.Artifact("n"), lambda: wandb.init(projectname="p"), lambda: art.link()]:
    try:
        f()
    except TypeError as e:
        print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      "Run.link_artifact() got an unexpected keyword argument 'target'",
      "Run.link_artifact() missing 1 required positional argument: 'target_path'",
      "Artifact.__init__() missing 1 required positional argument: 'type'",
      "init() got an unexpected keyword argument 'projectname'",
      "Artifact.link() missing 1 required positional argument: 'target_path'",
      ...coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017').split('\n'),
    ]);
  });

  it('a bad keyword is reported on its call line with the qualified name', async () => {
    const r = await run(
      'import wandb\nrun = wandb.init(project="p")\nart = wandb.Artifact("clf", "model")\nrun.link_artifact(art, target="x")\n',
    );
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe(
      "Run.link_artifact() got an unexpected keyword argument 'target'",
    );
    expect(r.error?.line).toBe(4);
  });

  it('print(artifact) and repr are readable; properties are snake_case', async () => {
    const r = await run(
      linkSnippet('wandb-registry-model/c', {
        after: `print(repr(art) == str(art), str(art).startswith("<Artifact "))
print(wandb.Artifact("draft-name", "model"))
print(linked.is_link, linked.entity, linked.project, linked.name, linked.version, linked.aliases)
print(linked.source_entity, linked.source_project, linked.source_name, linked.source_version, linked.source_qualified_name)
print(linked.id == art.id, art.is_link, art.qualified_name, [a.qualified_name for a in art.linked_artifacts])
print(type(linked).__name__, isinstance(linked, wandb.Artifact))`,
      }),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      'acme/wandb-registry-model/c:v0',
      'True True',
      '<Artifact draft-name>',
      "True acme wandb-registry-model c:v0 v0 ['latest']",
      'vision-team p clf:v0 v0 vision-team/p/clf:v0',
      "True False vision-team/p/clf:v0 ['acme/wandb-registry-model/c:v0']",
      'Artifact True',
      '',
    ]);
  });

  it('SDK warnings are printed to stderr as wandb: WARNING lines, in order with stdout', async () => {
    const r = await run(
      linkSnippet('wandb-registry-model/c', {
        after: 'again = linked.link("wandb-registry-model/d")\nprint(again.name)',
      }),
    );
    expect(r.error).toBeUndefined();
    const warning =
      'wandb: WARNING Linking to a link artifact will result in directly linking to the source artifact of that link artifact.\n';
    expect(r.stdout).toBe('acme/wandb-registry-model/c:v0\nd:v0\n');
    expect(termProblems(r.stderr)).toBe(warning);
    expect(withoutConsole(r.output)).toEqual([
      { stream: 'stdout', text: 'acme/wandb-registry-model/c:v0\n' },
      { stream: 'stderr', text: warning },
      { stream: 'stdout', text: 'd:v0\n' },
    ]);
  });

  it('Api.artifact reads a linked version back; registries lists the visible ones', async () => {
    const r = await run(
      linkSnippet('wandb-registry-model/c', {
        after:
          'api = wandb.Api()\na = api.artifact("wandb-registry-model/c:v0")\nprint(a.name, a.source_name, a.is_link)\nprint(sorted(r.name for r in api.registries()))',
      }),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "acme/wandb-registry-model/c:v0\nc:v0 clf:v0 True\n['dataset', 'model']\n",
    );
  });

  it('WANDB_ORGANIZATION and WANDB_ENTITY reach the SDK through env; os.environ sees them', async () => {
    const r = await run(
      linkSnippet('wandb-registry-model/c', {
        after: 'import os\nprint(os.environ["WANDB_ORGANIZATION"])',
      }),
      'multiple-orgs',
      { WANDB_ORGANIZATION: 'globex', WANDB_ENTITY: 'research' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('globex/wandb-registry-model/c:v0\nglobex\n');
  });

  it('reports every request live through onEntry and in requests', async () => {
    const live: NetworkEntry[] = [];
    const r = await runSnippet(QUICKSTART_CORRECTED, {
      world: createWorld(),
      onEntry: (e) => live.push(e),
    });
    expect(r.requests.length).toBeGreaterThan(3);
    expect(live).toEqual(r.requests);
  });

  it('files given up front can be logged; add_file of a missing file is an error', async () => {
    const r = await runSnippet(
      `import wandb
run = wandb.init(project="p")
art = wandb.Artifact("clf", "model")
art.add_file("weights/model.txt", name="model.txt")
print(run.log_artifact(art).name)
art2 = wandb.Artifact("clf2", "model")
art2.add_file("missing.txt")
`,
      { world: createWorld(), files: { 'weights/model.txt': 'w' } },
    );
    expect(r.stdout).toBe(
      `clf\n${coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017')}`,
    );
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.line).toBe(7);
  });

  it("run.link_model targets the legacy model registry and keeps the SDK's assertions", async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
with open("m.txt", "w") as f:
    f.write("x")
print(run.link_model("m.txt", "my-model").qualified_name)
run.link_model("m.txt", "team/my-model")
`);
    expect(r.stdout).toBe(
      'vision-team/model-registry/my-model:v0\n' +
        coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017'),
    );
    expect(r.error).toMatchObject({
      type: 'AssertionError',
      message:
        'Please provide only the name of the registered model. Do not append the entity or project name.',
      line: 6,
    });
  });

  it('each read of linked_artifacts makes exactly one request', async () => {
    const r = await run(
      linkSnippet('wandb-registry-model/c', {
        after: 'x = art.linked_artifacts\nprint(len(x), [a.name for a in art.linked_artifacts])',
      }),
    );
    expect(r.stdout).toBe("acme/wandb-registry-model/c:v0\n1 ['c:v0']\n");
    expect(r.requests.filter((e) => e.operationName === 'FetchLinkedArtifacts')).toHaveLength(2);
  });

  it('a snippet without wandb makes no requests', async () => {
    const r = await run('print(sum(range(10)))');
    expect(r).toEqual({
      ok: true,
      stdout: '45\n',
      stderr: '',
      output: [{ stream: 'stdout', text: '45\n' }],
      exitCode: 0,
      requests: [],
      files: [],
    });
  });
});
