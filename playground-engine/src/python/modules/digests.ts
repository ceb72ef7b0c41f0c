// The digests live in text/ (the SDK's manifests use md5 too); the runtime's modules import
// them from here.
export * from '../../text/hashes';
export * from '../../text/sha';
