// @vitest-environment jsdom
import * as engine from 'playground-engine';
import { createWorld, runSnippet } from 'playground-engine';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadNames,
  type MyNames,
  myNames,
  myNamesNotice,
  NAMES_KEY,
  namesProblem,
  resetMyNamesForTests,
  rewriteCode,
  rewriteText,
  setMyNames,
  subscribeMyNames,
} from './myNames';
import { namesWorldProblem, seedInNames } from './namesWorld';
import { namesFromFields } from './useMyNames';

afterEach(() => {
  localStorage.clear();
  resetMyNamesForTests();
});

const mine: MyNames = { team: 'ml-team', org: 'Globex Corp', orgEntity: 'globex_ml' };

describe('namesProblem', () => {
  it.each([
    [{ team: '', org: 'x' }, 'team', /^Team: enter a name/],
    [{ team: 'my team', org: 'x' }, 'team', /^Team: "my team" is not an entity name/],
    [{ team: '<b>t</b>', org: 'x' }, 'team', /^Team: "<b>t<\/b>" is not an entity name/],
    [{ team: 't', org: 'a/b' }, 'org', /^Org display name: "a\/b" contains '\/'/],
    [{ team: 't', org: ' x' }, 'org', /^Org display name: " x" starts or ends with a space/],
    [{ team: 't', org: 'x', orgEntity: 'x y' }, 'orgEntity', /^ORG_ENTITY_NAME: "x y"/],
    [{ team: 't', org: 'x', orgEntity: 't' }, 'orgEntity', /is your team's name/],
    [{ team: 't', org: 'x', registry: 'a:b' }, 'registry', /^Registry: "a:b"/],
    [
      { team: 't', org: 'x', collection: 'c'.repeat(129) },
      'collection',
      /^Collection: at most 128/,
    ],
  ])('refuses %j, naming the field', (names, field, message) => {
    const p = namesProblem(names as MyNames);
    expect(p?.field).toBe(field);
    expect(p?.message).toMatch(message);
  });

  it('accepts display names, registries and collections with spaces, quotes and markup', () => {
    expect(
      namesProblem({ team: 't', org: `O'Brien "<i>" Labs`, registry: 'Text detect registry' }),
    ).toBe(null);
  });

  it('reads the form: trimmed, "I don\'t know" drops the entity name, empty optionals dropped', () => {
    expect(
      namesFromFields({
        team: ' t ',
        org: 'o',
        orgEntity: 'e',
        unknownEntity: true,
        registry: ' ',
        collection: 'c',
      }),
    ).toEqual({ team: 't', org: 'o', collection: 'c' });
  });
});

describe('rewriteCode', () => {
  it('replaces the docs team and org as whole names inside string literals only', () => {
    const code = [
      '# vision-team and acme in a comment stay',
      'acme = "acme"',
      'run = wandb.init(entity="vision-team", project="vision-team-old")',
      'p = "acme/wandb-registry-model/x"; q = "acme-corp/acme.io/my_acme"',
    ].join('\n');
    expect(rewriteCode(code, mine)).toBe(
      [
        '# vision-team and acme in a comment stay',
        'acme = "globex_ml"',
        'run = wandb.init(entity="ml-team", project="vision-team-old")',
        'p = "globex_ml/wandb-registry-model/x"; q = "acme-corp/acme.io/my_acme"',
      ].join('\n'),
    );
  });

  it('uses the display name when the ORG_ENTITY_NAME is unknown', () => {
    expect(rewriteCode('"acme/wandb-registry-model/c"', { team: 't', org: 'Globex Corp' })).toBe(
      '"Globex Corp/wandb-registry-model/c"',
    );
  });

  it('escapes quotes, backslashes and f-string braces; leaves a raw string it cannot hold', () => {
    const names: MyNames = { team: 't', org: `a"b'c\\{d}` };
    const code = `x = "acme"\ny = 'acme'\nz = f"{n}/acme"\nr = r"acme"`;
    const out = rewriteCode(code, names);
    expect(out).toBe(
      `x = "a\\"b'c\\\\{d}"\ny = 'a"b\\'c\\\\{d}'\nz = f"{n}/a\\"b'c\\\\{{d}}"\nr = r"acme"`,
    );
  });

  it('sets REGISTRY_NAME and COLLECTION_NAME when given, and only those literals', async () => {
    const code = 'REGISTRY_NAME = "model"\nCOLLECTION_NAME = "Example"\nt = "model"';
    const names = { ...mine, registry: 'Text "detect"', collection: 'c' };
    const out = rewriteCode(code, names);
    expect(out).toBe('REGISTRY_NAME = "Text \\"detect\\""\nCOLLECTION_NAME = "c"\nt = "model"');
    // The Python the rewrite writes reads back as the reader's names.
    const r = await runSnippet(`${out}\nprint(REGISTRY_NAME, COLLECTION_NAME)`, {
      world: createWorld(),
    });
    expect(r.stdout).toBe('Text "detect" c\n');
  });

  it('changes nothing without names', () => {
    expect(rewriteCode('"acme"', null)).toBe('"acme"');
    expect(rewriteText('acme/vision-team', null)).toBe('acme/vision-team');
  });

  it('rewrites an inline value as plain text', () => {
    expect(rewriteText('vision-team/detector and acme/wandb-registry-model', mine)).toBe(
      'ml-team/detector and globex_ml/wandb-registry-model',
    );
  });
});

describe('page worlds in the reader names', () => {
  it('adds their org and team (docs names kept), default entity their team', () => {
    const world = createWorld(seedInNames(engine, engine.worldSeeds.docs, mine));
    expect(world.getOrg('Globex Corp')?.entityName).toBe('globex_ml');
    expect(world.getOrg('acme')).toBeDefined();
    expect(world.getEntity('ml-team')?.org).toBe('Globex Corp');
    expect(world.getUser(world.viewer)?.defaultEntity).toBe('ml-team');
  });

  it('a team with the org name gives a suffixed ORG_ENTITY_NAME', () => {
    const world = createWorld(
      seedInNames(engine, engine.worldSeeds.docs, { team: 'reviewco', org: 'reviewco' }),
    );
    expect(world.getOrg('reviewco')?.entityName).toMatch(/^reviewco_[0-9A-Z]{9}$/);
  });

  it('adds their registry unless the org has it (model)', () => {
    const add = createWorld(
      seedInNames(engine, engine.worldSeeds.docs, { ...mine, registry: 'Text detect' }),
    );
    expect(add.getProject('globex_ml', 'wandb-registry-Text detect')?.registry).toBeDefined();
    expect(() =>
      seedInNames(engine, engine.worldSeeds.docs, { ...mine, registry: 'model' }),
    ).not.toThrow();
  });

  it('refuses a name the docs world has, under the form field', () => {
    expect(namesWorldProblem(engine, { team: 'bob', org: 'x' })).toEqual({
      field: 'team',
      message: expect.stringMatching(/^Team: the name 'bob' is already taken by a user/),
    });
    expect(namesWorldProblem(engine, { team: 't', org: 'acme' })?.field).toBe('org');
    expect(namesWorldProblem(engine, { team: 't', org: 'x', orgEntity: 'nlp-team' })?.field).toBe(
      'orgEntity',
    );
    expect(namesWorldProblem(engine, mine)).toBe(null);
  });
});

describe('persistence', () => {
  it('saves versioned, reads back, and "show the original" forgets', () => {
    const seen: number[] = [];
    subscribeMyNames(() => seen.push(1));
    expect(setMyNames(mine)).toBe(true);
    expect(JSON.parse(localStorage.getItem(NAMES_KEY) ?? '')).toEqual({ v: 1, names: mine });
    resetMyNamesForTests();
    expect(myNames()).toEqual(mine);
    setMyNames(null);
    expect(localStorage.getItem(NAMES_KEY)).toBeNull();
    expect(myNames()).toBe(null);
  });

  it.each([
    ['{oops', 'not valid JSON'],
    ['[1]', 'saved in format undefined'],
    ['{"v":1,"names":null}', "'names' is not an object"],
    ['{"v":2,"names":{}}', 'saved in format 2, this page reads 1'],
    ['{"v":1,"names":{"team":3,"org":"o"}}', 'Team is not text'],
    ['{"v":1,"names":{"team":"a b","org":"o"}}', 'Team: "a b" is not an entity name'],
  ])('refuses %s with a notice, removes it, and shows the docs names', (raw, why) => {
    localStorage.setItem(NAMES_KEY, raw);
    const r = loadNames();
    expect(r).toEqual({ status: 'refused', notice: expect.stringContaining(why) });
    expect(localStorage.getItem(NAMES_KEY)).toBeNull();
    localStorage.setItem(NAMES_KEY, raw);
    expect(myNames()).toBe(null);
    expect(myNamesNotice()).toContain(why);
  });
});
