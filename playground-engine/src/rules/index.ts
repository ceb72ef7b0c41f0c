// The rules, in two halves as the SDK and the backend are split: client/ is what the SDK
// checks before it sends anything; server/ is what the backend checks. Both pure.
export { type OrgInfo, type OrgResolution, resolveOrgInfo } from './client/orgResolution';
export {
  validateAliases,
  validateAliasLengths,
  validateArtifactName,
  validateArtifactType,
  validateArtifactTypes,
  validateMetadata,
  validateRegistryName,
  validateTags,
} from './client/validators';
export {
  type AliasInput,
  canEditCollection,
  checkAliasEdit,
  checkLink,
  checkLinkTarget,
  checkUnlink,
  type LinkRequest,
  type LinkTargetCheck,
  qualifiedNameOf,
  sourceOf,
} from './server/linkRules';
export {
  type CreateArtifactRequest,
  checkCreateArtifact,
  checkUpsertRun,
  type UpsertRunInput,
} from './server/logRules';
export { canReadEntity, canSeeRegistry, canWriteEntity, registryRole } from './server/permissions';
export { msg as serverMessages } from './server/serverMessages';
