// Registry search and registries as Python sees them (wandb/apis/public/registries/):
// the lazy Registries/Collections/Versions paginators, Registry with its editable fields,
// AddOnlyArtifactTypesList, and the member objects.

import type { Artifact } from '../../sdk/artifact';
import type { ArtifactCollection } from '../../sdk/collections';
import { type AddOnlyTypes, type MemberRow, type Registry, visibilityOf } from '../../sdk/registry';
import { type LazyItems, RelayPaginator } from '../../sdk/paginator';
import {
  ChainedCollections,
  ChainedPaginators,
  Collections,
  Registries,
  type Versions,
} from '../../sdk/registrySearch';
import { pyRepr } from '../../text/pyRepr';
import { E, pyErr, typeForName } from '../values/exceptions';
import { fakeAddress } from '../values/identity';
import {
  type PyBuiltin,
  PyHost,
  PyList,
  PyTuple,
  type PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { wrapArtifact } from './artifact';
import { PyArtifactCollection } from './collections';
import { fromJs, method, optStr, toJs } from './convert';
import { PyLazyList } from './lazyList';
import type { Qualname } from './signatures';
import { PyTeam, PyUser } from './users';

const MODULE = 'wandb.apis.public.registries';
const UNSUPPORTED = 'wandb.errors.UnsupportedError';

/** per_page as the paginators take it. */
function perPageArg(v: PyValue | undefined): number {
  if (v === undefined) return 100;
  if (typeof v === 'bigint') return Number(v);
  throw pyErr(E.TypeError, `per_page must be an int, not ${typeName(v)}`);
}

/** A filter argument: a dict reaches the SDK as JSON-like data (the SDK checks it). */
const filterArg = (v: PyValue | undefined): unknown =>
  v === undefined || v === null ? null : v instanceof PyHost ? typeName(v) : toJs(v);

/** The search arguments of a bound call: (filter, order, per_page, start). */
export function searchList(b: Map<string, PyValue>): [unknown, unknown, number, string | null] {
  return [
    filterArg(b.get('filter')),
    b.get('order') ?? null,
    perPageArg(b.get('per_page')),
    optStr('start', b.get('start')) ?? null,
  ];
}

/** (filter, per_page, start): the versions() calls take no order. */
function versionsList(b: Map<string, PyValue>): [unknown, number, string | null] {
  const [filter, , perPage, start] = searchList(b);
  return [filter, perPage, start];
}

/**
 * One of the registry search iterators: PyLazyList with the chained (ordered) queries'
 * refusals and the registries' own attributes (filters, organization, order, length).
 */
export class PyRegistrySearch<T> extends PyLazyList<T> {
  constructor(
    kind: string,
    items: LazyItems<T>,
    convert: (t: T) => PyValue,
    methods: [string, PyBuiltin][] = [],
  ) {
    super(kind, `${MODULE}.registries_search`, items, convert, methods);
  }
  private chained(): boolean {
    return this.items instanceof ChainedPaginators || this.items instanceof ChainedCollections;
  }
  override len(): number {
    if (this.chained())
      throw pyErr(E.TypeError, '`__len__` is not supported for ordered chained registry queries.');
    return super.len();
  }
  override prefetchItem(key: PyValue): Promise<void> | undefined {
    return this.chained() ? undefined : super.prefetchItem(key);
  }
  override getItem(key: PyValue): PyValue {
    if (this.chained())
      throw chainedUnsupported(
        '`__getitem__` is not supported for ordered chained registry queries.',
      );
    return super.getItem(key);
  }
  override getAttr(name: string): PyValue | undefined {
    const own = super.getAttr(name);
    if (own !== undefined) return own;
    const p = this.items;
    if (this.chained()) {
      if (name === 'cursor' || name === 'length')
        throw chainedUnsupported(
          `\`${name}\` is not supported for ordered chained registry queries.`,
        );
      return undefined;
    }
    if (name === 'length' && p instanceof RelayPaginator && !(p instanceof Collections))
      return p.length === null ? null : BigInt(p.length);
    if (p instanceof Registries) {
      if (name === 'organization') return p.organization;
      if (name === 'filter') return fromJs(p.filter);
      if (name === 'order') return p.order;
    }
    if (p instanceof Collections) {
      if (name === 'organization') return p.organization;
      if (name === 'registry_filter') return fromJs(p.registryFilter);
      if (name === 'collection_filter') return fromJs(p.collectionFilter);
      if (name === 'order') return p.order;
    }
    return undefined;
  }
}

function chainedUnsupported(message: string) {
  return pyErr(typeForName(UNSUPPORTED), message);
}

/** What the search iterators are built from, shared by Registry and Registries. */
export interface SearchContext {
  artifactType: PyType;
}

export function versionsIterator(
  items: Versions | ChainedPaginators<unknown, Artifact>,
  ctx: SearchContext,
): PyRegistrySearch<Artifact> {
  return new PyRegistrySearch<Artifact>(
    items instanceof RelayPaginator ? 'Versions' : '_ChainedPaginators',
    items,
    (a) => wrapArtifact(a, ctx.artifactType),
  );
}

function versionsMethod(
  qualname: Qualname,
  self: PyValue | undefined,
  make: (
    filter: unknown,
    perPage: number,
    start: string | null,
  ) => Promise<Versions | ChainedPaginators<unknown, Artifact>>,
  ctx: SearchContext,
): [string, PyBuiltin] {
  return [
    'versions',
    method(qualname, async (b) => versionsIterator(await make(...versionsList(b)), ctx), self),
  ];
}

export function collectionsIterator(
  items: Collections | ChainedCollections,
  ctx: SearchContext,
): PyRegistrySearch<ArtifactCollection> {
  const host: PyRegistrySearch<ArtifactCollection> = new PyRegistrySearch<ArtifactCollection>(
    items instanceof Collections ? 'Collections' : '_OrderedCollections',
    items,
    (c) => new PyArtifactCollection(c, ctx.artifactType),
    [
      versionsMethod(
        'Collections.versions',
        undefined,
        (f, n, s) =>
          items.versions(f, n, s) as Promise<Versions | ChainedPaginators<unknown, Artifact>>,
        ctx,
      ),
    ],
  );
  return host;
}

export function registriesIterator(r: Registries, ctx: SearchContext): PyRegistrySearch<Registry> {
  return new PyRegistrySearch<Registry>('Registries', r, (reg) => new PyRegistry(reg, ctx), [
    [
      'collections',
      method('Registries.collections', (b) =>
        collectionsIterator(r.collections(...searchList(b)), ctx),
      ),
    ],
    versionsMethod(
      'Registries.versions',
      undefined,
      (f, n, s) => r.versions(f, n, s) as Promise<Versions | ChainedPaginators<unknown, Artifact>>,
      ctx,
    ),
  ]);
}

/** pydantic's ValidationError for an assignment to a RegistryData field. */
function assignmentError(field: string, kind: string, text: string, v: PyValue) {
  return pyErr(
    typeForName('pydantic_core._pydantic_core.ValidationError'),
    `1 validation error for RegistryData\n${field}\n  ${text} [type=${kind}, input_value=${repr(v)}, input_type=${typeName(v)}]\n    For further information visit https://errors.pydantic.dev/2.12/v/${kind}`,
  );
}

/** AddOnlyArtifactTypesList. */
export class PyTypesList extends PyHost {
  private readonly methods: Map<string, PyBuiltin>;
  constructor(readonly list: AddOnlyTypes) {
    super();
    const strArg = (v: PyValue | undefined) => {
      if (typeof v !== 'string')
        throw pyErr(E.TypeError, `expected str, got ${typeName(v ?? null)}`);
      return v;
    };
    const withStr = (q: Qualname, f: (t: string) => void) =>
      method(
        q,
        (b) => {
          f(strArg(b.get('value')));
          return null;
        },
        this,
      );
    this.methods = new Map([
      ['append', withStr('AddOnlyArtifactTypesList.append', (t) => list.append(t))],
      ['remove', withStr('AddOnlyArtifactTypesList.remove', (t) => list.remove(t))],
      [
        'insert',
        method(
          'AddOnlyArtifactTypesList.insert',
          (b) => {
            const i = b.get('index');
            if (typeof i !== 'bigint')
              throw pyErr(
                E.TypeError,
                `'${typeName(i ?? null)}' object cannot be interpreted as an integer`,
              );
            list.insert(Number(i), strArg(b.get('value')));
            return null;
          },
          this,
        ),
      ],
      [
        'extend',
        method(
          'AddOnlyArtifactTypesList.extend',
          (b) => {
            const vs = b.get('values');
            if (!(vs instanceof PyList || vs instanceof PyTuple))
              throw pyErr(E.TypeError, `'${typeName(vs ?? null)}' object is not iterable`);
            for (const v of vs.items) list.append(strArg(v));
            return null;
          },
          this,
        ),
      ],
      [
        'freeze',
        method(
          'AddOnlyArtifactTypesList.freeze',
          () => {
            list.frozen.push(...list.draft.filter((t) => !list.frozen.includes(t)));
            list.draft.length = 0;
            return null;
          },
          this,
        ),
      ],
    ]);
  }
  get typeName(): string {
    return 'AddOnlyArtifactTypesList';
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'draft') return new PyTuple([...this.list.draft]);
    return this.methods.get(name);
  }
  override iterate(): () => PyValue | typeof STOP {
    const items = this.list.items;
    let i = 0;
    return () => (i < items.length ? items[i++] : STOP);
  }
  override len(): number {
    return this.list.items.length;
  }
  override contains(v: PyValue): boolean {
    return typeof v === 'string' && this.list.has(v);
  }
  override getItem(key: PyValue): PyValue {
    if (typeof key !== 'bigint')
      throw pyErr(E.TypeError, 'list indices must be integers or slices');
    const items = this.list.items;
    const i = Number(key < 0n ? key + BigInt(items.length) : key);
    if (i < 0 || i >= items.length) throw pyErr(E.IndexError, 'list index out of range');
    return items[i];
  }
  override eq(other: PyValue): boolean {
    const items =
      other instanceof PyTypesList
        ? other.list.items
        : other instanceof PyList || other instanceof PyTuple
          ? other.items
          : undefined;
    const mine = this.list.items;
    return !!items && items.length === mine.length && items.every((x, i) => x === mine[i]);
  }
  repr(): string {
    return this.list.repr();
  }
}

/** UserMember / TeamMember (pydantic models). */
class PyMember extends PyHost {
  readonly who: PyUser | PyTeam;
  constructor(readonly row: MemberRow) {
    super();
    this.who =
      row.kind === 'User'
        ? new PyUser({ id: row.id, name: row.name, username: row.username, email: row.email })
        : new PyTeam(row.name, { id: row.id, name: row.name, isTeam: true });
  }
  get typeName(): string {
    return this.row.kind === 'User' ? 'UserMember' : 'TeamMember';
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'kind') return this.row.kind;
    if (name === 'role') return this.row.role;
    if (name === (this.row.kind === 'User' ? 'user' : 'team')) return this.who;
    return undefined;
  }
  repr(): string {
    const kind =
      this.row.kind === 'User' ? "<MemberKind.USER: 'User'>" : "<MemberKind.ENTITY: 'Entity'>";
    const field = this.row.kind === 'User' ? 'user' : 'team';
    return `${this.typeName}(kind=${kind}, ${field}=${this.who.repr()}, role=${pyRepr(this.row.role)})`;
  }
}

/** MemberId.from_obj: the kind and base64 id of a member argument. */
function memberId(v: PyValue): { kind: 'User' | 'Entity'; id: string } {
  // MemberId.from_obj: a User or Team (or a member holding one) by its GraphQL id.
  if (v instanceof PyMember) return memberId(v.who);
  if (v instanceof PyUser || v instanceof PyTeam) return memberId(String(v.attrs.id));
  if (typeof v !== 'string') {
    throw pyErr(
      E.TypeError,
      `Member arg must be a 'User', 'Team', or a user/team ID. Got: ${pyRepr(typeName(v))}`,
    );
  }
  let text: string;
  try {
    text = atob(v);
  } catch {
    throw pyErr(typeForName('binascii.Error'), 'Incorrect padding');
  }
  const cut = text.indexOf(':');
  if (cut < 0) throw pyErr(E.ValueError, 'not enough values to unpack (expected 2, got 1)');
  const kind = text.slice(0, cut);
  const index = text.slice(cut + 1);
  const bad = (field: string, k: string, msg: string, input: string) =>
    pyErr(
      typeForName('pydantic_core._pydantic_core.ValidationError'),
      `1 validation error for MemberId\n${field}\n  ${msg} [type=${k}, input_value=${pyRepr(input)}, input_type=str]\n    For further information visit https://errors.pydantic.dev/2.12/v/${k}`,
    );
  if (kind !== 'User' && kind !== 'Entity')
    throw bad('kind', 'enum', "Input should be 'User' or 'Entity'", kind);
  if (!/^\s*[+-]?\d+\s*$/.test(index))
    throw bad(
      'index',
      'int_parsing',
      'Input should be a valid integer, unable to parse string as an integer',
      index,
    );
  return { kind, id: btoa(`${kind}:${Number(index)}`) };
}

/** parse_member_ids: sorted, deduplicated user and team ids. */
function memberIds(members: readonly PyValue[]): { users: string[]; teams: string[] } {
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const m of members) {
    const { kind, id } = memberId(m);
    (kind === 'User' ? users : teams).add(id);
  }
  return { users: [...users].sort(), teams: [...teams].sort() };
}

/** wandb.apis.public.registries.registry.Registry. */
export class PyRegistry extends PyHost {
  private readonly methods: Map<string, PyBuiltin>;
  private typesHost?: PyTypesList;
  constructor(
    readonly r: Registry,
    ctx: SearchContext,
  ) {
    super();
    const changeMembers = (op: 'add' | 'remove') => async (b: Map<string, PyValue>) => {
      const members = b.get('members');
      const list = members instanceof PyTuple ? members.items : [];
      if (!list.length)
        throw pyErr(E.TypeError, "Must provide at least one member to 'add_members'.");
      const { users, teams } = memberIds(list);
      await r.changeMembers(op, users, teams);
      return this;
    };
    const rows = (load: () => Promise<MemberRow[]>) => async () =>
      new PyList((await load()).map((m) => new PyMember(m)));
    this.methods = new Map<string, PyBuiltin>([
      [
        'collections',
        method(
          'Registry.collections',
          (b) => collectionsIterator(r.collections(...searchList(b)), ctx),
          this,
        ),
      ],
      versionsMethod('Registry.versions', this, (f, n, s) => r.versions(f, n, s), ctx),
      ['load', method('Registry.load', () => r.load().then(() => null), this)],
      ['save', method('Registry.save', () => r.save().then(() => null), this)],
      ['delete', method('Registry.delete', () => r.delete().then(() => null), this)],
      [
        'members',
        method(
          'Registry.members',
          async () =>
            new PyList(
              [...(await r.userMembers()), ...(await r.teamMembers())].map((m) => new PyMember(m)),
            ),
          this,
        ),
      ],
      [
        'user_members',
        method(
          'Registry.user_members',
          rows(() => r.userMembers()),
          this,
        ),
      ],
      [
        'team_members',
        method(
          'Registry.team_members',
          rows(() => r.teamMembers()),
          this,
        ),
      ],
      ['add_members', method('Registry.add_members', changeMembers('add'), this)],
      ['remove_members', method('Registry.remove_members', changeMembers('remove'), this)],
      [
        'update_member',
        method(
          'Registry.update_member',
          async (b) => {
            const member = b.get('member')!;
            const role = b.get('role')!;
            const { kind, id } = memberId(member);
            if (typeof role !== 'string')
              throw pyErr(E.TypeError, `role must be a str, not ${typeName(role)}`);
            await r.updateMember(
              kind,
              id,
              role,
              `Failed to update member ${repr(member)} role to ${pyRepr(role)} in registry ${pyRepr(r.current.name)}`,
            );
            return this;
          },
          this,
        ),
      ],
    ]);
  }
  get typeName(): string {
    return 'Registry';
  }
  override getAttr(name: string): PyValue | undefined {
    const c = this.r.current;
    switch (name) {
      case 'id':
        return c.id ?? null;
      case 'internal_id':
        return c.internalId ?? null;
      case 'full_name':
        return this.r.fullName;
      case 'name':
        return c.name;
      case 'entity':
        return c.entity;
      case 'organization':
        return c.organization;
      case 'description':
        return c.description ?? null;
      case 'allow_all_artifact_types':
        return c.allowAllArtifactTypes ?? null;
      case 'artifact_types':
        if (this.typesHost?.list !== c.artifactTypes)
          this.typesHost = new PyTypesList(c.artifactTypes);
        return this.typesHost;
      case 'created_at':
        return c.createdAt ?? null;
      case 'updated_at':
        return c.updatedAt ?? null;
      case 'path':
        return new PyList([c.entity, this.r.fullName]);
      case 'visibility':
        return c.visibility ?? null;
    }
    return this.methods.get(name);
  }
  override setAttr(name: string, v: PyValue): boolean {
    const c = this.r.current;
    switch (name) {
      case 'name':
        if (typeof v !== 'string')
          throw assignmentError('name', 'string_type', 'Input should be a valid string', v);
        if (!v)
          throw assignmentError(
            'name',
            'string_too_short',
            'String should have at least 1 character',
            v,
          );
        c.name = v;
        return true;
      case 'description':
        if (v !== null && typeof v !== 'string')
          throw assignmentError('description', 'string_type', 'Input should be a valid string', v);
        c.description = v;
        return true;
      case 'allow_all_artifact_types':
        if (typeof v !== 'boolean')
          throw assignmentError(
            'allow_all_artifact_types',
            'bool_type',
            'Input should be a valid boolean',
            v,
          );
        c.allowAllArtifactTypes = v;
        return true;
      case 'visibility':
        // RegistryData._coerce_visibility: Visibility.from_project_access never refuses.
        c.visibility = visibilityOf(v);
        return true;
    }
    return false;
  }
  repr(): string {
    return `<${MODULE}.registry.Registry object at ${fakeAddress(this)}>`;
  }
}
