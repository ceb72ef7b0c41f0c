// "Try it in my setup": a scenario replayed in a reader's names is still the scenario (its
// starting code fails exactly as declared, its solution reaches the goal) where it applies.
import { describe, expect, it } from 'vitest';
import { type ReaderNames, scenarioAppliesInNames } from './catalog';
import { attemptScenario, scenarioInNames } from './index';

const CASES: [string, ReaderNames][] = [
  ['org-name-collision', { team: 'textco', org: 'textco' }],
  ['org-name-collision', { team: 'textco', org: 'textco', orgEntity: 'textco_Q7W8E9R0T' }],
  ['org-name-collision', { team: 'textco', org: 'textco', orgEntity: 'textco_XYZ123456' }],
  ['team-name-as-org', { team: 'ml-platform', org: 'Globex "Corp"' }],
  ['team-name-as-org', { team: 'ml-platform', org: 'Globex Corp', orgEntity: 'globex' }],
];

describe.each(CASES)('%s in the names %j', (id, names) => {
  const s = scenarioInNames(id, names);

  it('applies, and its starting code fails with exactly the expected error', async () => {
    expect(s).not.toBe(null);
    if (!s) return;
    expect(s.code).not.toMatch(/reviewco|vision-team|acme/);
    const { result, verdict } = await attemptScenario(s, s.code);
    expect(result.error && { type: result.error.type, message: result.error.message }).toEqual(
      s.expectedError,
    );
    expect(verdict.ok).toBe(false);
  });

  it('its solution reaches the goal on a fresh world', async () => {
    if (!s) return;
    const { result, verdict } = await attemptScenario(s, s.solution);
    expect(result.error).toBeUndefined();
    expect(verdict).toEqual({ ok: true });
  });
});

describe('where it applies', () => {
  it('the collision needs a team named like the org; a team name as org needs one that is not', () => {
    const collide = { team: 'textco', org: 'textco' };
    const apart = { team: 'ml-platform', org: 'globex' };
    expect(scenarioAppliesInNames('org-name-collision', collide)).toBe(true);
    expect(scenarioAppliesInNames('org-name-collision', apart)).toBe(false);
    expect(scenarioAppliesInNames('team-name-as-org', apart)).toBe(true);
    expect(scenarioAppliesInNames('team-name-as-org', collide)).toBe(false);
    expect(scenarioAppliesInNames('finished-run', apart)).toBe(false);
    expect(scenarioInNames('team-name-as-org', collide)).toBe(null);
    expect(() => scenarioInNames('nope', apart)).toThrow(/Unknown scenario 'nope'/);
  });
});
