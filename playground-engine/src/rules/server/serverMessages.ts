// Texts the simulated server answers with. Where the facts give the text it is exact;
// the others are the simulator's own wording (UNVERIFIED, listed in ASSUMPTIONS.md).
import { pySetRepr } from '../../text/pyRepr';

export const msg = {
  /** Exact (facts §5 S1, rule 13). */
  personalEntityLink:
    "linking is only allowed within the same team or to a collection in your organization's registry",
  /** Exact (facts §4, ArtifactMembershipByName); also used for missing and invisible registries. */
  projectNotFound: (project: string, entity: string) =>
    `project '${project}' not found under entity '${entity}'`,
  /** Exact (facts §4). */
  membershipNotFound: (name: string, entity: string, project: string) =>
    `artifact membership '${name}' not found in '${entity}/${project}'`,
  /** Exact (facts §3, Unlink). */
  unlinkDenied: (qualifiedName: string) =>
    `You do not have permission to unlink the artifact '${qualifiedName}'`,
  /** Exact (facts §3, alias edits). */
  aliasEditDenied: (op: 'add' | 'delete', aliases: string[]) =>
    `You do not have permission to ${op} ${aliases.length > 1 ? 'at least one of the following aliases' : 'the following alias'} ${op === 'add' ? 'to' : 'from'} this artifact: ${pySetRepr(aliases)}`,
  /** Exact (facts §2, Run._assert_can_log_artifact). */
  typeClash: (name: string, existing: string, wanted: string) =>
    `Artifact ${name} already exists with type '${existing}'; cannot create another with type '${wanted}'`,

  // ---- UNVERIFIED: the simulator's own wording ----
  insufficientRole: (user: string, role: string, registry: string) =>
    `permission denied: user '${user}' has role '${role}' in registry '${registry}'; linking requires the member or admin role`,
  typeNotAccepted: (type: string, registry: string, accepted: string[]) =>
    `artifact type '${type}' is not accepted by registry '${registry}' (accepted types: ${accepted.join(', ')})`,
  collectionTypeMismatch: (collection: string, collType: string, type: string) =>
    `artifact collection '${collection}' has type '${collType}' and cannot hold an artifact of type '${type}'`,
  collectionIsSequence: (collection: string) =>
    `cannot link to '${collection}': it is an artifact sequence (logged versions), not a collection of links`,
  collectionIsPortfolio: (collection: string) =>
    `cannot log to '${collection}': it is a collection of links, not an artifact sequence`,
  invalidCollectionName: (name: string) =>
    `invalid artifact collection name '${name}': collection names cannot be empty or contain '/' or ':'`,
  artifactNotFound: (id: string) => `artifact '${id}' not found`,
  entityNotFoundUpsert: (entity: string) => `entity ${entity} not found during upsertBucket`,
  permissionDenied: 'permission denied',
  runNotFound: (id: string) => `run '${id}' not found`,
  /** After the real server's "cannot delete artifact ID as its dependent artifacts must be removed first" (wandb/wandb#2448). */
  deleteHasAliases: (id: string) => `cannot delete artifact ${id} as it has aliases`,
  deleteDenied: (id: string) => `permission denied: cannot delete artifact ${id}`,
  updateDenied: (id: string) => `permission denied: cannot update artifact ${id}`,
  deleteProtected: (id: string, alias: string) =>
    `cannot delete artifact ${id} as it is linked with the protected alias '${alias}'`,
  // registries (rules/server/registryRules.ts)
  adminOnly: (user: string, role: string, registry: string) =>
    `permission denied: user '${user}' has role '${role}' in registry '${registry}'; changing a registry's settings or members requires the admin role`,
  notOrgMember: (user: string, entity: string) =>
    `permission denied: user '${user}' cannot create a registry in entity '${entity}'`,
  coreVisibility: (registry: string) =>
    `the core registry '${registry}' must keep organization visibility`,
  backToOrganization: (registry: string) =>
    `the restricted registry '${registry}' cannot be made visible to the whole organization again`,
  coreDelete: (registry: string) => `the core registry '${registry}' cannot be deleted`,
  badAccess: (access: string) => `invalid access '${access}': expected PRIVATE or RESTRICTED`,
  notRegistryName: (name: string) => `'${name}' is not a registry project name`,
  badRegistryRole: (role: string) =>
    `invalid registry role '${role}': expected one of admin, member, viewer, restricted_viewer`,
  unknownMember: (id: string) => `no user or team with id '${id}' in this organization`,
  registryIdNotFound: (id: string) => `registry '${id}' not found`,
  registryExists: (name: string) => `a registry named '${name}' already exists`,
  protectedAlias: (aliases: string[], registry: string) =>
    `only admins of registry '${registry}' may add or remove its protected aliases: ${aliases.map((a) => `'${a}'`).join(', ')}`,
  // registry search filters (server/mongoFilter.ts)
  filterOperator: (op: string) => `unsupported filter operator '${op}'`,
  filterOperand: (op: string, what: string) => `invalid filter: ${op} needs ${what}`,
  filterRegex: (pattern: string) => `invalid filter: bad $regex pattern '${pattern}'`,
  filterJson: (raw: string) => `invalid filter: not JSON: ${raw}`,
  filterNotObject: 'invalid filter: a filter is a JSON object',
};
