// The backend surface the simulated Registry App and Artifact browser need. Every method
// is one GraphQL request through the engine's transport (see engineAdapter.ts); nothing here
// reads the World or decides a rule. Errors reject with the server's text as `message`.
import { type ErrorCode, isErrorCode } from 'playground-engine/paths';

export interface UiRegistry {
  /** Org display name, e.g. `acme`. */
  orgName: string;
  /** ORG_ENTITY_NAME, e.g. `acme` or `reviewco_XYZ123456`. */
  orgEntityName: string;
  /** Registry name without the prefix, e.g. `model`. */
  name: string;
  /** `wandb-registry-<name>`. */
  projectName: string;
  visibility: 'organization' | 'restricted';
  acceptedTypes: string[];
  allowAllTypes: boolean;
}

export interface UiCollection {
  name: string;
  type: string;
  versionCount: number;
  /** `vN` of the membership carrying `latest`, if any. */
  latest: string | null;
}

export interface UiSourceRef {
  entity: string;
  project: string;
  /** Artifact sequence name. */
  name: string;
  versionIndex: number;
}

export interface UiMembership {
  versionIndex: number;
  /** Membership aliases, `latest` included when it is here. */
  aliases: string[];
  source: UiSourceRef;
}

export interface UiEntity {
  name: string;
  kind: 'team' | 'user';
}

export interface UiArtifact {
  name: string;
  type: string;
  versionCount: number;
}

export interface UiLinkRef {
  orgEntityName: string;
  registry: string;
  collection: string;
  versionIndex: number;
}

export interface UiArtifactVersion {
  id: string;
  versionIndex: number;
  aliases: string[];
  type: string;
  digest: string;
  createdAt: string;
}

/**
 * What a UI asks to link: the registry by name, as the reader picked it. The adapter turns it
 * into the engine's `UiLinkInput` (registry project name, the org entity as `entityName`).
 */
export interface RegistryLinkRequest {
  artifactId: string;
  orgEntityName: string;
  /** Registry name without the prefix. */
  registry: string;
  collection: string;
  aliases: string[];
}

/** A link the reader finished in a UI: what the summary and "Run this in code" show. */
export interface FinishedLink {
  orgEntityName: string;
  registry: string;
  collection: string;
  versionIndex: number;
  /** Membership aliases the server returned (`latest` included). */
  aliases: string[];
  /** Aliases the reader typed (what the equivalent code passes). */
  requestedAliases: string[];
  source: UiSourceRef;
}

export interface UiLinkResult {
  versionIndex: number;
  aliases: string[];
}

export interface RegistryUiApi {
  viewer(): Promise<{ name: string }>;
  listRegistries(): Promise<UiRegistry[]>;
  listCollections(orgEntityName: string, registry: string): Promise<UiCollection[]>;
  collectionVersions(
    orgEntityName: string,
    registry: string,
    collection: string,
  ): Promise<UiMembership[]>;
  /** The viewer's team entities and personal entity (the Team dropdown). */
  listEntities(): Promise<UiEntity[]>;
  listProjects(entity: string): Promise<string[]>;
  listArtifacts(entity: string, project: string): Promise<UiArtifact[]>;
  artifactVersions(entity: string, project: string, artifact: string): Promise<UiArtifactVersion[]>;
  /** Registry collections a source version is linked into (those the viewer can see). */
  versionLinks(artifactId: string): Promise<UiLinkRef[]>;
  link(input: RegistryLinkRequest): Promise<UiLinkResult>;
}

/** What a failed request gives the UI: the server's text verbatim, its Python class and code. */
export interface UiError {
  type: string;
  message: string;
  /** Which refusal it is (the engine's SimError code): the hint and docs section hang on it. */
  code?: ErrorCode;
}

export function toUiError(e: unknown): UiError {
  if (e && typeof e === 'object' && 'message' in e) {
    const { pyType, code } = e as { pyType?: unknown; code?: unknown };
    return {
      type: typeof pyType === 'string' ? pyType : 'Error',
      message: String((e as { message: unknown }).message),
      ...(isErrorCode(code) ? { code } : {}),
    };
  }
  return { type: 'Error', message: String(e) };
}

/** Change feed of the page's world; the UIs re-read after every committed change. */
export type Subscribe = (fn: () => void) => () => void;

/** The label W&B's UI shows for a registry (core registries are titled). */
export function registryLabel(name: string): string {
  if (name === 'model') return 'Models';
  if (name === 'dataset') return 'Datasets';
  return name;
}
