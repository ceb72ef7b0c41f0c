export { createWorld, REGISTRY_PREFIX } from './createWorld';
export { contentDigest, manifestDigest } from './deterministic';
export type * from './types';
export { World } from './world';
