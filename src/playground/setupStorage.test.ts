// @vitest-environment jsdom
import { applyWorldEdits, createWorld, parseWorldEdits, type WorldEdit } from 'playground-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from './shareCodec';
import { describeEdit, setupView } from './setupView';
import { loadSetup, SETUP_KEY, saveSetup } from './storage';
import { pinChosenNames } from './usePlayground';

afterEach(() => localStorage.clear());

const edits: WorldEdit[] = [
  { kind: 'add-team', org: 'acme', name: 'ml-team' },
  { kind: 'set-sdk-version', version: '0.19.11' },
];

describe('the setup in local storage', () => {
  it('round-trips, versioned', () => {
    expect(saveSetup(edits)).toBe(true);
    expect(JSON.parse(localStorage.getItem(SETUP_KEY) ?? '')).toEqual({ v: 1, edits });
    expect(loadSetup()).toEqual({ status: 'ok', edits });
    saveSetup([]);
    expect(localStorage.getItem(SETUP_KEY)).toBeNull();
  });

  it.each([
    ['{not json', 'it is not valid JSON'],
    ['"a string"', 'it is not an object'],
    ['{"v":0,"edits":[]}', 'it was saved in format 0, this page reads 1'],
    ['{"v":1,"edits":{}}', "its 'edits' is not a list"],
  ])('refuses %s with a notice and discards it', (raw, why) => {
    localStorage.setItem(SETUP_KEY, raw);
    const r = loadSetup();
    expect(r).toEqual({ status: 'refused', notice: expect.stringContaining(why) });
    expect(localStorage.getItem(SETUP_KEY)).toBeNull();
  });

  it('a well-formed entry with a bad edit is left to the engine, which names the field', () => {
    localStorage.setItem(
      SETUP_KEY,
      JSON.stringify({ v: 1, edits: [{ kind: 'add-team', org: 'acme' }] }),
    );
    const r = loadSetup();
    expect(r.status).toBe('ok');
    expect(() => parseWorldEdits(r.status === 'ok' ? r.edits : null)).toThrow(
      /^Invalid world edit: edits\.0\.name: /,
    );
  });
});

describe('the setup in share links', () => {
  it('travels with the payload and must be a list', () => {
    const hash = `#${encodeShare({ v: 1, code: 'x', worldId: 'docs', setup: edits })}`;
    expect(decodeShare(hash)).toEqual({
      ok: true,
      payload: { v: 1, code: 'x', worldId: 'docs', setup: edits },
    });
    const bad = `#${encodeShare({ v: 1, code: 'x', worldId: 'docs', setup: 'team' as unknown as [] })}`;
    expect(decodeShare(bad)).toEqual({ ok: false, reason: "'setup' must be a list of edits" });
  });
});

describe('pinChosenNames', () => {
  it('records a suffixed ORG_ENTITY_NAME so a rebuild from the seed gives the same one', () => {
    const add: WorldEdit[] = [{ kind: 'add-org', name: 'reviewco', teams: ['reviewco'] }];
    const notes = applyWorldEdits(createWorld(), add);
    const [pinned] = pinChosenNames(add, notes);
    expect(pinned).toEqual({ ...add[0], entityName: notes[0].entityName });
  });
});

describe('setupView', () => {
  it('reads orgs, teams, registries and roles from a snapshot', () => {
    const w = createWorld();
    applyWorldEdits(w, [...edits, { kind: 'add-registry', org: 'acme', name: 'any' }]);
    const v = setupView(w.snapshot(), 'x');
    expect(v.sdkVersion).toBe('0.19.11');
    expect(v.teams).toContainEqual({ name: 'ml-team', org: 'acme', role: 'member' });
    expect(v.registries).toContainEqual({
      org: 'acme',
      name: 'any',
      visibility: 'organization',
      types: 'any',
      role: undefined,
    });
    expect(edits.map(describeEdit)).toEqual([
      "Add team 'ml-team' to org 'acme'",
      'SDK version 0.19.11',
    ]);
  });
});
