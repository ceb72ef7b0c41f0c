// The digests live in text/hashes.ts (the SDK's manifests use md5 too); the runtime's
// modules import them from here.
export * from '../../text/hashes';
