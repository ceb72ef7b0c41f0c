// One registry (wandb/apis/public/registries/registry.py Registry, _freezable_list.py
// AddOnlyArtifactTypesList, _members.py): saved data as last fetched, an editable copy,
// and the calls that load, create, save, delete it and manage its members.
import { SimError } from '../errors/simError';
import { registryNameOf } from '../paths/targetPath';
import type { RegistryFragment, Result } from '../protocol';
import { validateArtifactTypes, validateRegistryName } from '../rules/client/validators';
import { pyListRepr, pyRepr } from '../text/pyRepr';
import { Collections, registryFilterFor, Versions } from './registrySearch';
import type { WandbSdk } from './wandbSdk';

export type Visibility = 'organization' | 'restricted';

/** Visibility.from_project_access: anything but RESTRICTED reads as organization. */
export const visibilityOf = (access: unknown): Visibility =>
  access === 'RESTRICTED' || access === 'restricted' ? 'restricted' : 'organization';

/** Visibility.from_python: a name or a GraphQL value, else the real ValueError. */
export function accessFromPython(v: unknown): 'PRIVATE' | 'RESTRICTED' {
  if (v === 'organization' || v === 'PRIVATE') return 'PRIVATE';
  if (v === 'restricted' || v === 'RESTRICTED') return 'RESTRICTED';
  throw new SimError(
    'ValueError',
    `Invalid visibility ${typeof v === 'string' ? pyRepr(v) : String(v)}. Expected one of: 'organization', 'restricted'`,
    'wrong-argument',
  );
}

/** FreezableList / AddOnlyArtifactTypesList: saved types are frozen, new ones are a draft. */
export class AddOnlyTypes {
  constructor(
    public frozen: string[] = [],
    public draft: string[] = [],
  ) {}
  get items(): string[] {
    return [...this.frozen, ...this.draft];
  }
  has(t: string): boolean {
    return this.frozen.includes(t) || this.draft.includes(t);
  }
  append(t: string): void {
    if (!this.has(t)) this.draft.push(t);
  }
  remove(t: string): void {
    if (this.frozen.includes(t) || !this.draft.includes(t)) {
      // FreezableList.remove raises for a saved type, list.remove for a missing one; the
      // subclass turns both into this message.
      throw new SimError(
        'ValueError',
        `Cannot remove artifact type: ${pyRepr(t)} that has been saved to the registry`,
        'registry-types',
      );
    }
    this.draft.splice(this.draft.indexOf(t), 1);
  }
  insert(index: number, t: string): void {
    if (this.has(t)) return;
    const size = this.frozen.length + this.draft.length;
    if (index < -size && !this.frozen.length) return void this.draft.unshift(t);
    if (index >= size) return void this.draft.push(t);
    const at = (((index % size) + size) % size) - this.frozen.length;
    if (at < 0) {
      throw new SimError(
        'IndexError',
        `Cannot insert into the frozen list (index < ${this.frozen.length})`,
        'registry-types',
      );
    }
    this.draft.splice(at, 0, t);
  }
  repr(): string {
    return `AddOnlyArtifactTypesList(saved=${pyListRepr(this.frozen)}, draft=${pyListRepr(this.draft)})`;
  }
}

/** RegistryData: what a registry holds on the client. */
export interface RegistryData {
  id: string;
  internalId: string | null;
  createdAt: string;
  updatedAt: string | null;
  organization: string;
  entity: string;
  /** Without the prefix. */
  name: string;
  description: string | null;
  allowAllArtifactTypes: boolean;
  artifactTypes: AddOnlyTypes;
  visibility: Visibility;
}

function dataOf(f: RegistryFragment): RegistryData {
  if (!f.entity.organization) {
    throw new SimError(
      'ValueError',
      "Unable to parse registry organization from 'RegistryFragment' object",
      'internal',
    );
  }
  return {
    id: f.id,
    internalId: f.internalId,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    organization: f.entity.organization.name,
    entity: f.entity.name,
    name: registryNameOf(f.name),
    description: f.description,
    allowAllArtifactTypes: f.allowAllArtifactTypes,
    artifactTypes: new AddOnlyTypes(f.artifactTypes.edges.map((e) => e.node.name)),
    visibility: visibilityOf(f.access),
  };
}

const copy = (d: RegistryData): RegistryData => ({
  ...d,
  artifactTypes: new AddOnlyTypes([...d.artifactTypes.frozen], [...d.artifactTypes.draft]),
});

export interface MemberRow {
  kind: 'User' | 'Entity';
  id: string;
  name: string;
  role: string;
  username?: string;
  email?: string | null;
}

/** Registry.create/save need these server features (api.py, registry.py). */
export async function requireFeature(
  sdk: WandbSdk,
  feature: string,
  message: string,
  pyType = 'RuntimeError',
) {
  if (!(await sdk.serverFeatures())[feature]) throw new SimError(pyType, message, 'internal');
}

export class Registry {
  saved: RegistryData;
  current: RegistryData;

  constructor(
    private readonly sdk: WandbSdk,
    organization: string,
    entity: string,
    name: string,
    fragment?: RegistryFragment,
  ) {
    // Without attrs the real class bypasses validation (model_construct): only these are set.
    this.saved = fragment
      ? dataOf(fragment)
      : ({ organization, entity, name, artifactTypes: new AddOnlyTypes() } as RegistryData);
    this.current = copy(this.saved);
  }

  static fromFragment(sdk: WandbSdk, organization: string, f: RegistryFragment): Registry {
    return new Registry(sdk, organization, f.entity.name, registryNameOf(f.name), f);
  }

  private update(f: RegistryFragment): void {
    this.saved = dataOf(f);
    this.current = copy(this.saved);
  }

  get fullName(): string {
    return `wandb-registry-${this.current.name}`;
  }
  get internalId(): string | null {
    return this.current.internalId ?? null;
  }
  /** registry_filter_for(self). */
  get searchFilter() {
    return registryFilterFor(this.internalId, this.fullName);
  }

  /** Registry.collections(filter=None, order=None, per_page=100, start=None). */
  collections(filter: unknown, order: unknown, perPage: number, start: string | null) {
    return new Collections(
      this.sdk,
      this.current.organization,
      this.searchFilter,
      filter,
      order,
      perPage,
      start,
    );
  }

  /** Registry.versions(filter=None, per_page=100, start=None). */
  versions(filter: unknown, perPage: number, start: string | null) {
    return Versions.make(this.sdk, this.current.organization, {
      registry: this.searchFilter,
      artifact: filter,
      perPage,
      start,
    });
  }

  private failed(what: string, period = ''): SimError {
    return new SimError(
      'ValueError',
      `Failed to ${what} registry ${pyRepr(this.current.name)} in organization ${pyRepr(this.current.organization)}${period}`,
      'registry-not-found',
    );
  }

  /** The failure ValueError, keeping the server's refusal code (its hint says why). */
  private wrapped(what: string, e: unknown, period = ''): SimError {
    const err = this.failed(what, period);
    return e instanceof SimError && e.code !== 'internal'
      ? new SimError(err.pyType, err.message, e.code)
      : err;
  }

  /** Registry.load: FetchRegistry by full name; any failure is the "Failed to load" ValueError. */
  async load(): Promise<void> {
    let d: Result<'FetchRegistry'>;
    try {
      d = await this.sdk.request('FetchRegistry', {
        name: this.fullName,
        entity: this.current.entity,
      });
    } catch (e) {
      throw this.wrapped('load', e, '.');
    }
    const p = d.entity?.project;
    if (!p) throw this.failed('load', '.');
    this.update(p);
  }

  /** Registry.create (after Api.create_registry's checks): UpsertRegistry with inserted=True. */
  static async create(
    sdk: WandbSdk,
    organization: string,
    orgEntity: string,
    name: string,
    visibility: unknown,
    description: string | null,
    artifactTypes: string[] | null,
  ): Promise<Registry> {
    const failed = new SimError(
      'ValueError',
      `Failed to create registry ${pyRepr(name)} in organization ${pyRepr(organization)}.`,
      'registry-not-found',
    );
    // UpsertModelInput's fields, in the order the source evaluates them.
    validateRegistryName(name);
    const access = accessFromPython(visibility);
    const types = artifactTypes?.length ? validateArtifactTypes(artifactTypes) : null;
    let d: Result<'UpsertRegistry'>;
    try {
      d = await sdk.request('UpsertRegistry', {
        input: {
          description,
          entityName: orgEntity,
          name: `wandb-registry-${name}`,
          access,
          allowAllArtifactTypesInRegistry: !types,
          artifactTypes: types ? types.map((t) => ({ name: t })) : null,
        },
      });
    } catch (e) {
      throw e instanceof SimError ? new SimError(failed.pyType, failed.message, e.code) : failed;
    }
    const r = d.upsertModel;
    if (!r?.inserted || !r.project) throw failed;
    return new Registry(sdk, organization, orgEntity, name, r.project);
  }

  /** Registry.save: the upsert, then a rename when `name` changed. */
  async save(): Promise<void> {
    await requireFeature(
      this.sdk,
      'INCLUDE_ARTIFACT_TYPES_IN_REGISTRY_CREATION',
      'Saving the registry is not enabled on this wandb server version. Please upgrade your server version or contact support at support@wandb.com.',
    );
    const draft = this.current.artifactTypes.draft;
    if (draft.length && this.current.allowAllArtifactTypes) {
      throw new SimError(
        'ValueError',
        'Cannot update artifact types when `allows_all_artifact_types` is True. Set it to False first.',
        'registry-types',
      );
    }
    const oldName = `wandb-registry-${validateRegistryName(this.saved.name)}`;
    const newName = `wandb-registry-${validateRegistryName(this.current.name)}`;
    const types = draft.length ? validateArtifactTypes(draft) : null;
    let d: Result<'UpsertRegistry'>;
    try {
      d = await this.sdk.request('UpsertRegistry', {
        input: {
          description: this.current.description,
          entityName: this.current.entity,
          name: oldName,
          access: this.current.visibility === 'restricted' ? 'RESTRICTED' : 'PRIVATE',
          allowAllArtifactTypesInRegistry: this.current.allowAllArtifactTypes,
          artifactTypes: types ? types.map((t) => ({ name: t })) : null,
        },
      });
    } catch (e) {
      throw this.wrapped('save', e);
    }
    const r = d.upsertModel;
    if (r?.inserted) {
      this.sdk.termlog(
        'info',
        `Created registry ${pyRepr(this.current.name)} in organization ${pyRepr(this.current.organization)} on save`,
      );
    }
    if (!r?.project) throw this.failed('save');
    const wanted = this.current.name;
    this.update(r.project);
    if (oldName !== newName) {
      const rd = await this.sdk.request('RenameRegistry', {
        input: {
          entityName: this.current.entity,
          oldProjectName: oldName,
          newProjectName: newName,
        },
      });
      if (!rd.renameProject?.project) {
        this.current.name = wanted;
        throw this.failed('save');
      }
      this.update(rd.renameProject.project);
    }
  }

  /** Registry.delete: DeleteRegistry by id. */
  async delete(): Promise<void> {
    let d: Result<'DeleteRegistry'>;
    try {
      d = await this.sdk.request('DeleteRegistry', { id: this.current.id });
    } catch (e) {
      throw this.wrapped('delete', e);
    }
    if (!d.deleteModel?.success) throw this.failed('delete');
  }

  async userMembers(): Promise<MemberRow[]> {
    const d = await this.sdk.request('RegistryUserMembers', this.projectVars);
    return this.membersOf('user', d.project?.members).map((m) => ({
      kind: 'User' as const,
      id: m.id,
      name: m.name,
      username: m.username,
      email: m.email,
      role: m.role.name,
    }));
  }

  async teamMembers(): Promise<MemberRow[]> {
    const d = await this.sdk.request('RegistryTeamMembers', this.projectVars);
    return this.membersOf('team', d.project?.teamMembers).map((m) => ({
      kind: 'Entity' as const,
      id: m.team.id,
      name: m.team.name,
      role: m.role.name,
    }));
  }

  private get projectVars() {
    return { project: this.fullName, entity: this.current.entity };
  }

  /** The member list of the answer; no project is Registry.user_members' ValueError. */
  private membersOf<M>(kind: 'user' | 'team', list: M[] | undefined): M[] {
    if (!list) {
      throw new SimError(
        'ValueError',
        `Failed to fetch ${kind} members for registry ${pyRepr(this.current.name)}`,
        'registry-not-found',
      );
    }
    return list;
  }

  /** add_members / remove_members with ids already parsed (sorted, deduplicated). */
  async changeMembers(op: 'add' | 'remove', userIds: string[], teamIds: string[]): Promise<void> {
    const d = await this.sdk.request(
      op === 'add' ? 'CreateRegistryMembers' : 'DeleteRegistryMembers',
      { input: { userIds, teamIds, projectId: this.current.id } },
    );
    if (!d.result?.success) {
      throw new SimError(
        'ValueError',
        op === 'add'
          ? `Failed to add members to registry ${pyRepr(this.current.name)}`
          : `Failed to remove members from registry ${pyRepr(this.current.name)}`,
        'registry-admin-only',
      );
    }
  }

  /** update_member: the user or team role mutation; `failure` is the ValueError's text. */
  async updateMember(kind: 'User' | 'Entity', id: string, role: string, failure: string) {
    const d =
      kind === 'User'
        ? await this.sdk.request('UpdateUserRegistryRole', {
            input: { userId: id, projectId: this.current.id, userProjectRole: role },
          })
        : await this.sdk.request('UpdateTeamRegistryRole', {
            input: { teamId: id, projectId: this.current.id, teamProjectRole: role },
          });
    if (!d.result?.success) throw new SimError('ValueError', failure, 'registry-admin-only');
  }
}
