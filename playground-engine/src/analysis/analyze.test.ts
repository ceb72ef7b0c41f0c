import { describe, expect, it } from 'vitest';
import { createWorld } from '../world';
import { analyze, applyEdits } from './analyze';
import { FIFTY_LINES, QUICKSTART, REFERENCE } from './fixtures';
import type { Diagnostic } from './types';

const world = createWorld();

const PRELUDE = `import wandb
run = wandb.init(entity="vision-team", project="p")
art = wandb.Artifact("clf", type="model")
`;

const span = (code: string, d: Diagnostic) => code.slice(d.from, d.to);
const only = (code: string, id: string) => {
  const ds = analyze(code, world);
  expect(ds.map((d) => d.code)).toEqual([id]);
  return ds[0];
};
const fixed = (code: string, d: Diagnostic, i = 0) => applyEdits(code, d.fixes?.[i]?.edits ?? []);

describe('the reference page snippet', () => {
  it('gives exactly the undefined name and the two placeholders', () => {
    const ds = analyze(REFERENCE, world);
    expect(ds.map((d) => [d.code, span(REFERENCE, d)])).toEqual([
      ['placeholder', '<insert-org-name>'],
      ['placeholder', '<insert-registry-name>'],
      ['undefined-name', 'ORG_ENTITY_NAME'],
    ]);
    const undef = ds[2];
    expect(undef.message).toBe("name 'ORG_ENTITY_NAME' is not defined");
    expect(undef.severity).toBe('error');
    // Preferred fix: rename the unused definition to the name the path (and the docs) use.
    expect(undef.fixes?.map((f) => f.title)).toEqual([
      "Rename 'ORG_NAME' to 'ORG_ENTITY_NAME' where it is defined",
      "Change to 'ORG_NAME'",
    ]);
    expect(fixed(REFERENCE, undef)).toContain('ORG_ENTITY_NAME = "<insert-org-name>"');
    expect(fixed(REFERENCE, undef, 1)).toContain('target_path=f"{ORG_NAME}/wandb-registry-');
  });

  it('applying the first fix of each diagnostic yields a snippet with no diagnostics', () => {
    let code = REFERENCE;
    for (let round = 0; round < 5; round++) {
      const d = analyze(code, world).find((x) => x.fixes?.length);
      if (!d) break;
      code = fixed(code, d);
    }
    expect(analyze(code, world)).toEqual([]);
    expect(code).toContain('ORG_ENTITY_NAME = "acme"');
    expect(code).toContain('REGISTRY_NAME = "model"');
  });

  it('the corrected quickstart gives none', () => {
    expect(analyze(QUICKSTART, world)).toEqual([]);
  });
});

describe('target_path', () => {
  it('4+ parts: the SDK message, the whole path, and a fix that drops the leading parts', () => {
    const code = `${PRELUDE}run.link_artifact(art, "vision-team/p/wandb-registry-model/clf")\n`;
    const d = only(code, 'path-too-many-parts');
    expect(d.message).toBe("Invalid artifact path: 'vision-team/p/wandb-registry-model/clf'");
    expect(span(code, d)).toBe('vision-team/p/wandb-registry-model/clf');
    expect(fixed(code, d)).toContain('run.link_artifact(art, "wandb-registry-model/clf")');
    expect(analyze(fixed(code, d), world)).toEqual([]);
  });

  it.each([
    ['wandb_registry-model', 'wandb_registry-'],
    ['wandb-registries-model', 'wandb-registries-'],
    ['registry-model', 'registry-'],
    ['Wandb-Registry-model', 'Wandb-Registry-'],
  ])('prefix typo %s is fixed to wandb-registry-', (project, bad) => {
    const code = `${PRELUDE}art.link(target_path="acme/${project}/clf")\n`;
    const d = only(code, 'registry-prefix-typo');
    expect(span(code, d)).toBe(bad);
    expect(d.message).toBe(
      `'${project}' is not a registry project: registry paths use the prefix 'wandb-registry-' (lowercase, hyphens), so this would link to an ordinary project. Did you mean 'wandb-registry-model'?`,
    );
    expect(fixed(code, d)).toContain('"acme/wandb-registry-model/clf"');
    expect(analyze(fixed(code, d), world)).toEqual([]);
  });

  it('a registry not in the world, with close names as fixes', () => {
    const code = `${PRELUDE}run.link_artifact(art, "wandb-registry-modle/clf")\n`;
    const d = only(code, 'registry-not-found');
    expect(span(code, d)).toBe('modle');
    expect(d.message).toBe(
      "Registry 'modle' not found (registries alice can see in organization 'acme': 'model', 'dataset'). The registry must exist before you link to it.",
    );
    expect(d.fixes?.map((f) => f.title)).toEqual(["Change to 'wandb-registry-model'"]);
    expect(fixed(code, d)).toContain('"wandb-registry-model/clf"');
  });

  it('a restricted registry the viewer is not in looks missing (rules visibility)', () => {
    const code = `${PRELUDE}run.link_artifact(art, "wandb-registry-compliance/clf")\n`;
    expect(only(code, 'registry-not-found').message).toContain("Registry 'compliance' not found");
  });

  it('an org prefix that is a team, fixed to the ORG_ENTITY_NAME', () => {
    const code = `${PRELUDE}run.link_artifact(art, "vision-team/wandb-registry-model/clf")\n`;
    const d = only(code, 'org-is-team');
    expect(span(code, d)).toBe('vision-team');
    expect(d.message).toBe(
      "'vision-team' is a team, not an organization. The first part of a registry path is the organization's entity name (ORG_ENTITY_NAME): 'acme'; with a team name the SDK cannot resolve the organization and the link fails.",
    );
    expect(fixed(code, d)).toContain('"acme/wandb-registry-model/clf"');
  });

  it('an unknown org prefix, with the viewer orgs as fixes', () => {
    const code = `${PRELUDE}run.link_artifact(art, "acmee/wandb-registry-model/clf")\n`;
    const d = only(code, 'org-unknown');
    expect(span(code, d)).toBe('acmee');
    expect(d.message).toBe(
      "'acmee' is not an organization alice belongs to (alice's organizations have the ORG_ENTITY_NAME 'acme'). Use the ORG_ENTITY_NAME, or leave the prefix out to use the artifact's organization.",
    );
    expect(fixed(code, d)).toContain('"acme/wandb-registry-model/clf"');
  });

  it('accepts the org display name, the entity name, or no prefix', () => {
    for (const path of [
      'acme/wandb-registry-model/c',
      'wandb-registry-dataset/c',
      'vision-team/p/c',
      'c',
    ]) {
      expect(analyze(`${PRELUDE}run.link_artifact(art, "${path}")\n`, world)).toEqual([]);
    }
  });

  it('uses the ORG_ENTITY_NAME of an org whose name collides with a team', () => {
    const w = createWorld({
      viewer: 'u',
      users: [{ name: 'u' }],
      orgs: [
        {
          name: 'reviewco',
          members: [{ user: 'u' }],
          // vision-team: the team PRELUDE's wandb.init names, so only the path is checked.
          teams: [
            { name: 'reviewco', members: [{ user: 'u' }] },
            { name: 'vision-team', members: [{ user: 'u' }] },
          ],
        },
      ],
    });
    const code = `${PRELUDE}run.link_artifact(art, "reviewco/wandb-registry-model/c")\n`;
    // 'reviewco' is both the org display name (accepted) and a team: accepted as the org.
    expect(analyze(code, w)).toEqual([]);
    const entity = w.getOrg('reviewco')?.entityName ?? '';
    expect(entity).toMatch(/^reviewco_/);
    const d = analyze(`${PRELUDE}run.link_artifact(art, "acme/wandb-registry-model/c")\n`, w);
    expect(d.map((x) => x.code)).toEqual(['org-unknown']);
    expect(d[0].fixes?.[0].edits?.[0].insert).toBe(entity);
  });

  it('looks the registry up in the prefix org, else WANDB_ORGANIZATION, else any viewer org', () => {
    const seed = (env?: Record<string, string>) =>
      createWorld({
        viewer: 'u',
        users: [{ name: 'u' }],
        env,
        orgs: [
          { name: 'one', members: [{ user: 'u' }], teams: [{ name: 'vision-team', members: [] }] },
          { name: 'two', members: [{ user: 'u' }], teams: [], registries: [{ name: 'special' }] },
        ],
      });
    const link = (path: string) => `${PRELUDE}art.link("${path}")\n`;
    expect(analyze(link('wandb-registry-special/c'), seed())).toEqual([]);
    expect(analyze(link('two/wandb-registry-special/c'), seed())).toEqual([]);
    const inOne = analyze(link('one/wandb-registry-special/c'), seed());
    expect(inOne.map((d) => d.message)).toEqual([
      "Registry 'special' not found (registries u can see in organization 'one': 'model', 'dataset'). The registry must exist before you link to it.",
    ]);
    const viaEnv = analyze(link('wandb-registry-special/c'), seed({ WANDB_ORGANIZATION: 'one' }));
    expect(viaEnv.map((d) => d.code)).toEqual(['registry-not-found']);
  });

  it('an :alias left in the path is a warning, fixed by moving it to aliases=', () => {
    const code = `${PRELUDE}run.link_artifact(art, "wandb-registry-model/clf:prod")\n`;
    const d = only(code, 'alias-in-path');
    expect(d.severity).toBe('warning');
    expect(d.message).toBe(
      "The SDK does not strip ':prod' from target_path: it would link to a collection named 'clf:prod'. Pass aliases=['prod'] instead.",
    );
    expect(span(code, d)).toBe(':prod');
    expect(fixed(code, d)).toContain(
      'run.link_artifact(art, "wandb-registry-model/clf", aliases=["prod"])',
    );
    expect(analyze(fixed(code, d), world)).toEqual([]);
  });

  it('the :alias fix respects a trailing comma, and is not offered when aliases= is given', () => {
    const trailing = `${PRELUDE}art.link(\n    "wandb-registry-model/clf:prod",\n)\n`;
    const d = only(trailing, 'alias-in-path');
    expect(fixed(trailing, d)).toContain('"wandb-registry-model/clf",\n aliases=["prod"])');
    const given = `${PRELUDE}art.link("wandb-registry-model/clf:prod", aliases=["x"])\n`;
    expect(only(given, 'alias-in-path').fixes).toBeUndefined();
  });

  it('checks positional and keyword target_path of both link_artifact and link', () => {
    const forms = [
      'run.link_artifact(art, "wandb-registry-modle/c")',
      'run.link_artifact(artifact=art, target_path="wandb-registry-modle/c")',
      'art.link("wandb-registry-modle/c")',
      'art.link(target_path="wandb-registry-modle/c", aliases=None)',
    ];
    for (const call of forms) {
      const code = `${PRELUDE}${call}\n`;
      expect(span(code, only(code, 'registry-not-found'))).toBe('modle');
    }
  });

  it('says nothing about a path with an unknown part', () => {
    const code = `${PRELUDE}import os\nrun.link_artifact(art, f"{os.environ['ORG']}/wandb-registry-nope/c")\n`;
    expect(analyze(code, world)).toEqual([]);
  });
});

describe('constant propagation and ranges', () => {
  it('a bad part that came through {NAME} points at the constant where it is written', () => {
    const code = `${PRELUDE}REG = "modle"\nrun.link_artifact(art, f"wandb-registry-{REG}/c")\n`;
    const d = only(code, 'registry-not-found');
    expect(d.from).toBe(code.indexOf('"modle"') + 1);
    expect(span(code, d)).toBe('modle');
    expect(fixed(code, d)).toContain('REG = "model"');
  });

  it('through chains of constants, concatenation and implicit concatenation', () => {
    const code = `${PRELUDE}ORG = "vision" "-team"\nBASE = ORG + "/wandb-registry-"\nPATH = f"{BASE}model/c"\nart.link(PATH)\n`;
    const d = only(code, 'org-is-team');
    // The team name is written across two literals and reaches the path through {BASE}:
    // not one piece of text, so the range is the replacement at the use site and no fix.
    expect(span(code, d)).toBe('{BASE}');
    expect(d.fixes).toBeUndefined();
  });

  it('a part made of two replacements points at the replacements in the f-string', () => {
    const code = `${PRELUDE}A = "wandb-registry-mo"\nB = "dle"\nart.link(f"{A}{B}/c")\n`;
    const d = only(code, 'registry-not-found');
    expect(span(code, d)).toBe('{A}{B}');
    expect(d.fixes).toBeUndefined();
  });

  it('maps escapes and {{ }} to their source text', () => {
    const code = `${PRELUDE}art.link(f"wandb-registry-\\x6dodle{{x}}/c")\n`;
    const d = only(code, 'registry-not-found');
    expect(span(code, d)).toBe('\\x6dodle{{x}}');
    expect(d.message).toContain("Registry 'modle{x}' not found");
  });

  it('does not propagate a name assigned twice', () => {
    const code = `${PRELUDE}REG = "modle"\nREG = "model"\nart.link(f"wandb-registry-{REG}/c")\n`;
    expect(analyze(code, world)).toEqual([]);
  });

  it('propagates into function bodies', () => {
    const code = `${PRELUDE}REG = "modle"\ndef go(a):\n    a.link(f"wandb-registry-{REG}/c")\ngo(art)\n`;
    expect(span(code, only(code, 'registry-not-found'))).toBe('modle');
  });
});

describe('aliases, names and types', () => {
  it('aliases with / or : — the SDK message, the alias range, a fix', () => {
    const code = `${PRELUDE}run.link_artifact(art, "wandb-registry-model/c", aliases=["best", "prod:v1"])\n`;
    const d = only(code, 'alias-chars');
    expect(d.message).toBe("Aliases must not contain any of the following characters: '/', ':'");
    expect(span(code, d)).toBe('prod:v1');
    expect(fixed(code, d)).toContain('aliases=["best", "prod-v1"]');
  });

  it('aliases through a constant list and in log_artifact', () => {
    const code = `${PRELUDE}AL = ("a/b",)\nrun.log_artifact(art, aliases=AL)\n`;
    expect(span(code, only(code, 'alias-chars'))).toBe('a/b');
  });

  it('invalid artifact names in wandb.Artifact and log_artifact, with the SDK message', () => {
    const code = 'import wandb\na = wandb.Artifact("my model", "model")\n';
    const d = only(code, 'artifact-name');
    expect(d.message).toBe(
      "Artifact name may only contain alphanumeric characters, dashes, underscores, and dots. Invalid name: 'my model'",
    );
    expect(span(code, d)).toBe('my model');
    expect(fixed(code, d)).toContain('wandb.Artifact("my-model", "model")');
    const log = `${PRELUDE}run.log_artifact("./f.txt", name="a/b", type="model")\n`;
    expect(span(log, only(log, 'artifact-name'))).toBe('a/b');
  });

  it('an over-long name gives the length message', () => {
    const long = 'x'.repeat(130);
    const d = only(`import wandb\nwandb.Artifact("${long}", "model")\n`, 'artifact-name');
    expect(d.message).toBe(`Artifact name is longer than 128 characters: '${'x'.repeat(128)} ...'`);
  });

  it.each([
    ['clf', 'wandb-model', "Change to 'model'"],
    ['clf', 'job', undefined],
    ['run-1', 'run_table', undefined],
    ['source-x', 'code', undefined],
  ])('reserved type: Artifact(%s, type=%s)', (name, type, fixTitle) => {
    const code = `import wandb\nwandb.Artifact(name="${name}", type="${type}")\n`;
    const d = only(code, 'reserved-type');
    expect(d.message).toBe(
      `Artifact type '${type}' is reserved for internal use. Please use a different type.`,
    );
    expect(span(code, d)).toBe(type);
    expect(d.fixes?.[0]?.title).toBe(fixTitle);
  });

  it('run_table and code are fine with other names', () => {
    expect(
      analyze(
        'import wandb\nwandb.Artifact("tbl", "run_table")\nwandb.Artifact("x", type="code")\n',
        world,
      ),
    ).toEqual([]);
  });
});

describe('placeholders', () => {
  it('in a path literal, with a world value as the fix', () => {
    const code = `${PRELUDE}art.link("<my-team>/wandb-registry-model/c")\n`;
    const d = only(code, 'placeholder');
    expect(span(code, d)).toBe('<my-team>');
    expect(d.message).toBe(
      "Placeholder '<my-team>' is still in the code: replace it with your own value (in this world, for example 'vision-team').",
    );
    expect(fixed(code, d)).toContain('"vision-team/wandb-registry-model/c"');
  });

  it('ignores markup-like text', () => {
    expect(analyze('print("<b>bold</b> <div>")\n', world)).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws on nonsense input or a missing world', () => {
    expect(analyze(")(][\"'''f\"{", world)).toBeInstanceOf(Array);
    expect(analyze('x = 1', undefined as never)).toEqual([]);
    expect(analyze(42 as never, world)).toEqual([]);
    expect(analyze(`${'('.repeat(3000)}${')'.repeat(3000)}`, world)).toBeInstanceOf(Array);
  });

  it('a 50-line snippet with one problem of each kind reports each kind', () => {
    const code = FIFTY_LINES;
    expect(code.split('\n').length).toBeGreaterThanOrEqual(50);
    const ds = analyze(code, world);
    expect(new Set(ds.map((d) => d.code))).toEqual(
      new Set([
        'registry-not-found',
        'org-is-team',
        'alias-chars',
        'undefined-name',
        'placeholder',
      ]),
    );
  });
});
