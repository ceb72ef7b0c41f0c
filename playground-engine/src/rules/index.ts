export { SimError, isSimError } from './errors';
export {
  canEditCollection,
  checkLinkTarget,
  editAliases,
  linkArtifact,
  qualifiedNameOf,
  sourceOf,
  unlinkArtifact,
} from './linkRules';
export { createArtifact, upsertRun } from './logRules';
export { orgInfoFromEntity, type FetchOrgInfoFromEntityData } from './orgInfo';
export { resolveOrgInfo, type OrgInfo } from './orgResolution';
export { canReadEntity, canSeeRegistry, canWriteEntity, registryRole } from './permissions';
export { pyListRepr, pyRepr, pySetRepr } from './pyRepr';
export {
  resolveLinkTarget,
  type LinkTargetContext,
  type LinkTargetResolution,
} from './resolveLinkTarget';
export { msg as serverMessages } from './serverMessages';
export {
  formatTargetPath,
  isRegistryProject,
  parseTargetPath,
  REGISTRY_PREFIX,
  registryNameOf,
  splitAlias,
  type TargetPath,
} from './targetPath';
export {
  validateAliases,
  validateAliasLengths,
  validateArtifactName,
  validateArtifactType,
  validateArtifactTypes,
  validateMetadata,
  validateRegistryName,
  validateTags,
} from './validators';
