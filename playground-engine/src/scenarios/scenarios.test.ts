// One table over every scenario: the start fails exactly as declared, the goal is not met by
// it, the solution meets it on a fresh world, hints are there, and the docs anchor exists.
import { SCENARIO_CATALOG } from './catalog';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/createWorld';
import { attemptScenario, getScenario, scenarios } from './index';

const troubleshooting = readFileSync(
  new URL('../../../docs/troubleshooting.mdx', import.meta.url),
  'utf8',
);
/** Heading ids written as `## Title {#id}` / `### Title {#id}`. */
const headingIds = (level: string) =>
  [...troubleshooting.matchAll(new RegExp(`^${level} .*\\{#([\\w-]+)\\}\\s*$`, 'gm'))].map(
    (m) => m[1],
  );

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, s) => {
  it('the starting code fails with exactly the expected error', async () => {
    const { result } = await attemptScenario(s, s.code);
    expect(result.ok).toBe(false);
    expect({ type: result.error?.type, message: result.error?.message }).toEqual(s.expectedError);
  });

  it('the goal is not met after the starting code, and the reason says so', async () => {
    const { verdict } = await attemptScenario(s, s.code);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toMatch(/\S/);
    expect(verdict.reason).toContain(s.expectedError.message);
  });

  it('the solution meets the goal on a fresh world', async () => {
    const { result, verdict } = await attemptScenario(s, s.solution);
    expect(result.error).toBeUndefined();
    expect(verdict).toEqual({ ok: true });
  });

  it('the goal is not met on an untouched world', () => {
    const world = createWorld(s.seed);
    expect(
      s.check(world, {
        ok: true,
        stdout: '',
        stderr: '',
        output: [],
        exitCode: 0,
        requests: [],
        files: [],
      }).ok,
    ).toBe(false);
  });

  it('has ordered, non-empty hints, a title, a summary and a solution that differs', () => {
    expect(s.hints.length).toBeGreaterThanOrEqual(2);
    for (const h of s.hints) expect(h.trim()).not.toBe('');
    expect(s.title.trim()).not.toBe('');
    expect(s.summary.trim()).not.toBe('');
    expect(s.solution).not.toBe(s.code);
  });

  it('its docs anchor is a heading id in docs/troubleshooting.mdx', () => {
    expect(headingIds('#{2,3}')).toContain(s.docs);
  });

  it('its section in docs/troubleshooting.mdx has its Try it button', () => {
    // Fenced code may hold "# comment" lines that look like headings: blank it out first.
    const prose = troubleshooting.replace(/^```[\s\S]*?^```/gm, '');
    const start = prose.indexOf(`{#${s.docs}}`);
    const rest = prose.slice(start + 1);
    const next = rest.search(/^#{1,3} /m);
    const section = next === -1 ? rest : rest.slice(0, next);
    expect(section).toContain(`<TryScenario id="${s.id}" />`);
  });
});

describe('the scenario list', () => {
  it('has unique ids, including every required one', () => {
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const required of [
      'personal-entity',
      'org-name-collision',
      'team-name-as-org',
      'multiple-orgs',
      'alias-characters',
      'type-not-accepted',
      'registry-not-found',
      'finished-run',
      'invalid-artifact-name',
      'confirm-exact-path',
    ]) {
      expect(ids).toContain(required);
    }
  });

  it('covers every troubleshooting section (### heading with an id)', () => {
    const covered = new Set<string>(scenarios.map((s) => s.docs));
    expect(headingIds('###').filter((id) => !covered.has(id))).toEqual([]);
  });

  it('getScenario names the known ids for an unknown one', () => {
    expect(() => getScenario('nope')).toThrow(/Unknown scenario 'nope'.*'personal-entity'/);
  });
});

describe('scenario catalog', () => {
  it('is the scenarios list: same ids, titles and sections, in order', () => {
    expect(scenarios.map((s) => ({ id: s.id, title: s.title, docs: s.docs }))).toEqual(
      SCENARIO_CATALOG.map((m) => ({ ...m })),
    );
  });
});
