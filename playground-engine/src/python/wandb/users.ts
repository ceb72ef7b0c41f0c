// Users and teams of the public API (wandb/apis/public/users.py `User`, teams.py `Team`,
// `Member`), over the attributes the server sent (apis/attrs.py `Attrs`: `obj.some_name` reads
// `someName`, else `some_name`, else AttributeError). What Api.user / Api.team return, and the
// `user` / `team` of a registry's members; Registry.add_members takes either.

import type { Api } from '../../sdk/api';
import { E, keyError, pyErr } from '../values/exceptions';
import { PyHost, PyList, type PyValue } from '../values/objects';
import { repr } from '../values/repr';
import { fromJs } from './convert';

type AttrsMap = Record<string, unknown>;

/** Attrs.snake_to_camel. */
function snakeToCamel(name: string): string {
  const camel = name
    .split('_')
    .map((p) => (p ? p[0].toUpperCase() + p.slice(1).toLowerCase() : ''))
    .join('');
  return camel ? camel[0].toLowerCase() + camel.slice(1) : camel;
}

/** The Attrs base: attribute reads from the server's fields. */
abstract class PyAttrs extends PyHost {
  constructor(readonly attrs: AttrsMap) {
    super();
  }
  /** Properties and methods of the subclass, before the fields. */
  protected own(_name: string): PyValue | undefined {
    return undefined;
  }
  override getAttr(name: string): PyValue | undefined {
    const own = this.own(name);
    if (own !== undefined) return own;
    if (name.startsWith('__')) return undefined;
    const key = snakeToCamel(name);
    if (key === 'user') throw pyErr(E.AttributeError);
    if (key in this.attrs) return fromJs(this.attrs[key]);
    if (name in this.attrs) return fromJs(this.attrs[name]);
    throw pyErr(E.AttributeError, `${repr(this.repr())} object has no attribute ${repr(name)}`);
  }
}

/** wandb.apis.public.users.User. */
export class PyUser extends PyAttrs {
  get typeName(): string {
    return 'User';
  }
  protected override own(name: string): PyValue | undefined {
    const edges = (field: string, key: string) => {
      const conn = this.attrs[field] as { edges: { node: Record<string, string> }[] } | undefined;
      return new PyList(conn ? conn.edges.map((e) => e.node[key]) : []);
    };
    if (name === 'teams') return edges('teams', 'name');
    if (name === 'api_keys') return edges('apiKeys', 'name');
    // No API key is known for another user: `user_api` is None.
    if (name === 'user_api') return null;
    return undefined;
  }
  /** User.__repr__: email, else username, else id, else repr(name). */
  repr(): string {
    const a = this.attrs;
    if (a.email) return `<User ${a.email}>`;
    if (a.username) return `<User ${a.username}>`;
    if (a.id) return `<User ${a.id}>`;
    if (a.name) return `<User ${repr(String(a.name))}>`;
    return '<User ???>';
  }
}

/** wandb.apis.public.teams.Member (a member of a team). */
class PyTeamMember extends PyAttrs {
  constructor(
    attrs: AttrsMap,
    private readonly team: string,
  ) {
    super(attrs);
  }
  get typeName(): string {
    return 'Member';
  }
  protected override own(name: string): PyValue | undefined {
    return name === 'team' ? this.team : undefined;
  }
  repr(): string {
    return `<Member ${this.attrs.name} (${this.attrs.accountType})>`;
  }
}

/** wandb.apis.public.teams.Team: `name` as given; the rest from GetTeamEntity. */
export class PyTeam extends PyAttrs {
  constructor(
    readonly name: string,
    attrs: AttrsMap,
  ) {
    super(attrs);
  }
  get typeName(): string {
    return 'Team';
  }
  protected override own(name: string): PyValue | undefined {
    if (name === 'name') return this.name;
    if (name === 'members') {
      const rows = (this.attrs.members as AttrsMap[] | undefined) ?? [];
      return new PyList(rows.map((m) => new PyTeamMember(m, this.name)));
    }
    return undefined;
  }
  repr(): string {
    return `<Team ${this.name}>`;
  }
}

/** Api.user(username_or_email): the first user found, or None. */
export async function apiUser(api: Api, query: string): Promise<PyValue> {
  const u = await api.user(query);
  return u ? new PyUser(u as unknown as AttrsMap) : null;
}

/** Api.users(username_or_email): every user found. */
export async function apiUsers(api: Api, query: string): Promise<PyValue> {
  return new PyList(
    (await api.searchUsers(query)).map((u) => new PyUser(u as unknown as AttrsMap)),
  );
}

/**
 * Api.team(team): `Team(...)` loads itself; with no such entity its attrs are `{}` and
 * `self._attrs["members"]` fails: `KeyError: 'members'`.
 */
export async function apiTeam(api: Api, name: string): Promise<PyValue> {
  const e = await api.teamEntity(name);
  if (!e) throw keyError('members');
  return new PyTeam(name, e as unknown as AttrsMap);
}
