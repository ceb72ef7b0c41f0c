export { type FetchOrgInfoFromEntityData, orgInfoFromEntity } from './orgInfo';
export { respondFor } from './handlers';
export { resolvers } from './resolvers/all';
export { serverFetch } from './inPage';
export { createArtifact, editAliases, linkArtifact, unlinkArtifact, upsertRun } from './mutations';
export {
  type LinkTargetContext,
  type LinkTargetResolution,
  resolveLinkTarget,
} from './resolveLinkTarget';
