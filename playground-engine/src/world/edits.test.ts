import { describe, expect, it } from 'vitest';
import { isSimError } from '../errors/simError';
import { docsSeed } from './docsSeed';
import { applyWorldEdits } from './applyEdits';
import { createWorld } from './createWorld';
import type { WorldEdit } from './edits';
import { DEFAULT_SDK_VERSION } from './sdkVersion';
import { seedWithEdits } from './seedWithEdits';
import type { WorldEvent } from './types';
import { worldFromSnapshot } from './snapshotSchema';

const reviewco: WorldEdit[] = [
  { kind: 'add-org', name: 'reviewco', teams: ['reviewco', 'ml-team'], viewerRole: 'admin' },
  {
    kind: 'add-registry',
    org: 'reviewco',
    name: 'Text detect registry',
    acceptedTypes: ['model'],
  },
  { kind: 'set-team-role', team: 'ml-team', role: 'viewer' },
  { kind: 'set-default-entity', entity: 'ml-team' },
  { kind: 'set-sdk-version', version: '0.19.11' },
];

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isSimError(e)) return `${e.pyType}: ${e.message}`;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('sdkVersion', () => {
  it('defaults to the current release and survives a snapshot', () => {
    const w = createWorld();
    expect(w.sdkVersion).toBe(DEFAULT_SDK_VERSION);
    w.sdkVersion = '0.19.11';
    expect(worldFromSnapshot(w.snapshot()).sdkVersion).toBe('0.19.11');
  });

  it('a snapshot saved before the field existed restores with the default', () => {
    const snap = createWorld().snapshot();
    delete snap.sdkVersion;
    expect(worldFromSnapshot(snap).sdkVersion).toBe(DEFAULT_SDK_VERSION);
  });

  it('a seed names a bad version', () => {
    expect(refusal(() => createWorld({ ...docsSeed, sdkVersion: 'latest' }))).toContain(
      `sdkVersion: "latest" is not a version`,
    );
  });
});

describe('applyWorldEdits on a live world', () => {
  it('keeps everything already logged and emits one setup event per edit', () => {
    const w = createWorld();
    const before = w.snapshot();
    const events: WorldEvent[] = [];
    w.subscribe((e) => events.push(e));
    applyWorldEdits(w, reviewco);
    const after = w.snapshot();
    // Runs, artifacts, memberships and collections from before are all still there.
    expect(after.runs).toEqual(before.runs);
    expect(after.artifacts).toEqual(before.artifacts);
    expect(after.memberships).toEqual(before.memberships);
    expect(after.collections).toEqual(before.collections);
    expect(
      events
        .filter((e) => e.kind === 'setup-changed')
        .map((e) => e.kind === 'setup-changed' && e.edit),
    ).toEqual(reviewco.map((e) => e.kind));
    // The new registry is a real registry project: its creation is an event too.
    expect(
      events.some(
        (e) => e.kind === 'project-created' && e.project === 'wandb-registry-Text detect registry',
      ),
    ).toBe(true);
  });

  it('builds what the edits describe', () => {
    const w = createWorld();
    applyWorldEdits(w, reviewco);
    const org = w.getOrg('reviewco')!;
    expect(org.members).toEqual({ alice: 'admin' });
    expect(w.getEntity('ml-team')).toMatchObject({
      kind: 'team',
      org: 'reviewco',
      members: { alice: 'viewer' },
    });
    const reg = w.getProject(org.entityName, 'wandb-registry-Text detect registry')!.registry!;
    expect(reg).toMatchObject({ acceptedTypes: ['model'], allowAllTypes: false, core: false });
    // Every org gets the core registries.
    expect(w.getProject(org.entityName, 'wandb-registry-model')?.registry?.core).toBe(true);
    expect(w.getUser('alice')!.defaultEntity).toBe('ml-team');
    expect(w.sdkVersion).toBe('0.19.11');
  });

  it('refuses a malformed edit whole, naming the field, and changes nothing', () => {
    const w = createWorld();
    const before = JSON.stringify(w.snapshot());
    const bad = [
      { kind: 'add-team', org: 'acme', name: 'ml-team' },
      { kind: 'add-registry', org: 'acme', name: 'a/b' },
    ] as WorldEdit[];
    expect(refusal(() => applyWorldEdits(w, bad))).toBe(
      "ValueError: Invalid world edit: edits.1.name: must not contain '/' or ':'",
    );
    expect(JSON.stringify(w.snapshot())).toBe(before);
    expect(
      refusal(() => applyWorldEdits(w, [{ kind: 'set-sdk-version', version: 'newest' }])),
    ).toBe("ValueError: Invalid world edit: edits.0.version: must be a version like '0.28.2'");
    expect(
      refusal(() => applyWorldEdits(w, [{ kind: 'rename-org' } as unknown as WorldEdit])),
    ).toMatch(/^ValueError: Invalid world edit: edits\.0\.kind: /);
  });

  it('refuses an edit that refers to something missing, after earlier good ones, leaving the world unchanged', () => {
    const w = createWorld();
    const events: WorldEvent[] = [];
    w.subscribe((e) => events.push(e));
    const before = JSON.stringify(w.snapshot());
    const edits: WorldEdit[] = [
      { kind: 'add-team', org: 'acme', name: 'ml-team' },
      { kind: 'add-registry', org: 'acne', name: 'text' },
    ];
    expect(refusal(() => applyWorldEdits(w, edits))).toBe(
      "ValueError: Invalid world edit: edits.1 (add-registry): org: unknown org 'acne' (orgs: acme)",
    );
    expect(JSON.stringify(w.snapshot())).toBe(before);
    expect(w.getEntity('ml-team')).toBeUndefined();
    expect(events).toEqual([]);
  });

  it('refuses a taken name', () => {
    const w = createWorld();
    expect(
      refusal(() => applyWorldEdits(w, [{ kind: 'add-team', org: 'acme', name: 'bob' }])),
    ).toBe(
      "ValueError: Invalid world edit: edits.0 (add-team): name: the name 'bob' is already taken by a user",
    );
    expect(
      refusal(() => applyWorldEdits(w, [{ kind: 'add-registry', org: 'acme', name: 'model' }])),
    ).toBe(
      "ValueError: Invalid world edit: edits.0 (add-registry): name: org 'acme' already has a registry 'model'",
    );
  });
});

describe('org name collisions', () => {
  it("an org named like one of its teams gets ORG_ENTITY_NAME 'name_' + 9 characters, and the edit says so", () => {
    const w = createWorld();
    const notes = applyWorldEdits(w, [{ kind: 'add-org', name: 'reviewco', teams: ['reviewco'] }]);
    const entityName = w.getOrg('reviewco')!.entityName;
    expect(entityName).toMatch(/^reviewco_[0-9A-Z]{9}$/);
    expect(w.getEntity('reviewco')?.kind).toBe('team');
    expect(w.getEntity(entityName)?.kind).toBe('org');
    expect(notes).toEqual([
      expect.objectContaining({
        index: 0,
        kind: 'org-entity-suffixed',
        org: 'reviewco',
        entityName,
      }),
    ]);
    expect(notes[0].message).toContain(`ORG_ENTITY_NAME is '${entityName}'`);
  });

  it('an org named like an existing team of another org collides too; without a collision the name is kept', () => {
    const w = createWorld();
    const [note] = applyWorldEdits(w, [{ kind: 'add-org', name: 'vision-team' }]);
    expect(note.entityName).toMatch(/^vision-team_[0-9A-Z]{9}$/);
    expect(applyWorldEdits(w, [{ kind: 'add-org', name: 'globex' }])).toEqual([]);
    expect(w.getOrg('globex')!.entityName).toBe('globex');
  });

  it('the suffix comes from the deterministic source: the same world gives the same name', () => {
    const name = () => {
      const w = createWorld();
      applyWorldEdits(w, [{ kind: 'add-org', name: 'reviewco', teams: ['reviewco'] }]);
      return w.getOrg('reviewco')!.entityName;
    };
    expect(name()).toBe(name());
  });
});

describe('seedWithEdits', () => {
  it('is pure and rebuilds the same setup as the live edits', () => {
    const copy = structuredClone(docsSeed);
    const seed = seedWithEdits(docsSeed, reviewco);
    expect(docsSeed).toEqual(copy);
    const rebuilt = createWorld(seed);
    const live = createWorld();
    applyWorldEdits(live, reviewco);
    expect(rebuilt.getOrg('reviewco')).toEqual(live.getOrg('reviewco'));
    expect(rebuilt.getEntity('ml-team')).toEqual(live.getEntity('ml-team'));
    expect(rebuilt.sdkVersion).toBe('0.19.11');
    expect(rebuilt.getUser('alice')!.defaultEntity).toBe('ml-team');
    const entity = live.getOrg('reviewco')!.entityName;
    expect(rebuilt.getProject(entity, 'wandb-registry-Text detect registry')?.registry).toEqual(
      live.getProject(entity, 'wandb-registry-Text detect registry')?.registry,
    );
  });

  it('role edits on a core registry and removals carry into the seed', () => {
    const seed = seedWithEdits(docsSeed, [
      { kind: 'set-registry-role', org: 'acme', registry: 'model', role: 'viewer' },
      { kind: 'set-team-role', team: 'vision-team', role: 'none' },
      { kind: 'add-project', entity: 'nlp-team', name: 'summaries' },
    ]);
    const w = createWorld(seed);
    expect(w.getProject('acme', 'wandb-registry-model')!.registry!.members).toEqual({
      alice: 'viewer',
    });
    expect(w.getEntity('vision-team')!.members.alice).toBeUndefined();
    expect(w.getProject('nlp-team', 'summaries')).toBeDefined();
  });

  it('refuses a bad list like the live form', () => {
    expect(refusal(() => seedWithEdits(docsSeed, [{ kind: 'set-viewer', name: 'carol' }]))).toBe(
      "ValueError: Invalid world edit: edits.0 (set-viewer): name: unknown user 'carol' (users: alice, bob)",
    );
  });
});
