// Api.user / Api.users / Api.team (wandb/apis/public/api.py; users.py User, teams.py Team and
// Member) and registry members given as those objects (registries/_members.py
// MemberId.from_obj), through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { termProblems } from './termProblems';

const API = 'import wandb\napi = wandb.Api()\n';
const ops = (r: { requests: { operationName: string }[] }) =>
  r.requests.map((e) => e.operationName);

describe('api.user / api.users (SearchUsers, 0.28.x)', () => {
  it("finds a user of the viewer's organization: repr, username, entity, teams; Attrs reads the rest", async () => {
    const r = await runSnippet(
      `${API}bob = api.user("bob")
print(bob, bob.username, bob.name, bob.email, bob.teams, bob.api_keys, bob.user_api)
print(api.user("nobody-here"), api.users("nobody-here"))
bob.favourite_colour
`,
      { world: createWorld(worldSeeds.docs) },
    );
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^<User bob> bob bob None \[.*\] \[\] None$/);
    expect(lines[1]).toBe('None []');
    expect(r.error?.type).toBe('AttributeError');
    expect(r.error?.message).toBe("'<User bob>' object has no attribute 'favourite_colour'");
    expect(ops(r)).toContain('SearchUsers');
  });

  it('several matches: user() warns and returns the first; users() returns them all', async () => {
    // "" is part of every name.
    const r = await runSnippet(`${API}print(api.users(""))\nprint(api.user(""))\n`, {
      world: createWorld(worldSeeds.docs),
    });
    expect(r.error).toBeUndefined();
    const [all, first] = r.stdout.split('\n');
    expect(all.startsWith('[<User ')).toBe(true);
    expect(all.split(',').length).toBeGreaterThan(1);
    expect(first).toBe(all.slice(1).split(',')[0]);
    expect(termProblems(r.stderr)).toBe(
      "wandb: WARNING Found multiple users, returning the first user matching ''\n",
    );
  });
});

describe('api.team (GetTeamEntity, 0.28.x)', () => {
  it('a team: repr, name, is_team, members as Member objects', async () => {
    const r = await runSnippet(
      `${API}team = api.team("vision-team")
print(team, team.name, team.is_team)
print([(m.username, m.admin, m.team) for m in team.members][:1], repr(team.members[0]).startswith("<Member "))
`,
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.error).toBeUndefined();
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('<Team vision-team> vision-team True');
    expect(lines[1]).toMatch(/^\[\('\w+', (True|False), 'vision-team'\)\] True$/);
    expect(ops(r)).toEqual(['GetTeamEntity']);
  });

  it("no such entity: Team.load leaves no 'members', a KeyError", async () => {
    const r = await runSnippet(`${API}api.team("no-such-team")\n`, {
      world: createWorld(worldSeeds.docs),
    });
    expect(r.error?.type).toBe('KeyError');
    expect(r.error?.message).toBe("'members'");
  });
});

describe('registry members given as User and Team objects (0.28.x)', () => {
  it('add_members and remove_members take what api.user and api.team return', async () => {
    const world = createWorld(worldSeeds.docs);
    world.viewer = 'bob';
    const r = await runSnippet(
      `${API}reg = api.registry("compliance")
reg.add_members(api.user("alice"), api.team("vision-team"))
print([m.user.username for m in reg.user_members()], [m.team.name for m in reg.team_members()])
reg.remove_members(api.team("vision-team"))
print([m.team.name for m in reg.team_members()])
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['bob', 'alice'] ['vision-team']\n[]\n");
    expect(ops(r)).toContain('CreateRegistryMembers');
    expect(ops(r)).toContain('DeleteRegistryMembers');
  });
});
