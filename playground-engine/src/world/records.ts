// The World's version records: a source version, its membership in its own sequence, and any
// other membership (a link). A world may hold 100,000 of each, so a record keeps numbers, not
// strings: the <n> of its node id and the clock tick it was made at. Its `id` and `createdAt`
// are built on read, the same strings the clock would have handed out (npm run bench:engine:
// the id and timestamp strings were a third of the heap and most of the build's GC).
// They are classes, so those strings live on the prototype: a spread copy (`{...rec}`) loses
// them. Plain data comes from `toJSON()`, the snapshot's shape (types.ts), which is unchanged.
import { isoAtTick, tickOf } from './deterministic';
import { idOfKey, type NodeKey, nodeKey } from './nodeId';
import type { Node } from './nodeMap';
import type { ArtifactEdit, ArtifactRec, MembershipRec, ReferenceRec } from './types';

export const ARTIFACT = 'Artifact';
export const MEMBERSHIP = 'ArtifactCollectionMembership';

/** When a record was made: the clock tick, or the timestamp itself when no tick formats to it. */
export type Created = number | string;

export function createdOf(createdAt: string): Created {
  const tick = tickOf(createdAt);
  return tick >= 0 ? tick : createdAt;
}

const createdAtOf = (c: Created): string => (typeof c === 'number' ? isoAtTick(c) : c);

export { nodeKey };

/** What most versions have: no description, metadata or run. One shared, frozen object. */
interface Extra {
  readonly description: string | null;
  readonly metadata: Record<string, unknown>;
  readonly runId: string | null;
  /** add_reference entries; most versions have none. */
  readonly references?: ReferenceRec[];
  /** From log_artifact(tags=…) or save() (UpdateArtifact); most versions have none. */
  readonly tags?: string[];
  readonly ttlSeconds?: number | null;
  readonly historyStep?: number;
}
const NO_METADATA: Record<string, unknown> = Object.freeze({});
const NO_EXTRA: Extra = Object.freeze({ description: null, metadata: NO_METADATA, runId: null });

/** One file is kept as its name and text; more as the version's own copy of the list. */
function fileFields(
  files: Record<string, string>,
): [string | undefined, string | Record<string, string>] {
  let name: string | undefined;
  let count = 0;
  for (const k in files) {
    if (Object.hasOwn(files, k) && ++count === 1) name = k;
  }
  return count === 1 ? [name, files[name as string]] : [undefined, { ...files }];
}

export class ArtifactNode implements ArtifactRec, Node {
  /** Its links (memberships in portfolios): one link alone, a list from the second on. */
  links: MembershipNode | MembershipNode[] | undefined = undefined;
  /** Description, metadata and run, in one field: most versions share NO_EXTRA. */
  private extra: Extra;
  // Most versions hold one file: its name and content are kept as they are, and `files` is
  // built on read, so a version costs no object for its file list. Otherwise `fileName` is
  // undefined and `fileData` is the version's own copy of the list.
  private fileName: string | undefined;
  private fileData: string | Record<string, string>;

  constructor(
    readonly key: NodeKey,
    readonly sequenceId: string,
    readonly versionIndex: number,
    readonly type: string,
    /** Set once, except by an incremental manifest's merge (replaceContents). */
    public digest: string,
    /** Not kept: the record copies what it needs. */
    files: Record<string, string>,
    extra: Partial<Extra>,
    readonly created: Created,
  ) {
    [this.fileName, this.fileData] = fileFields(files);
    const description = extra.description ?? null;
    const metadata =
      extra.metadata && Object.keys(extra.metadata).length ? { ...extra.metadata } : NO_METADATA;
    const runId = extra.runId ?? null;
    const references = extra.references?.length
      ? extra.references.map((r) => ({ ...r }))
      : undefined;
    const tags = extra.tags?.length ? [...extra.tags] : undefined;
    const ttl = extra.ttlSeconds;
    const step = extra.historyStep;
    this.extra =
      description === null &&
      metadata === NO_METADATA &&
      runId === null &&
      !references &&
      !tags &&
      ttl === undefined &&
      !step
        ? NO_EXTRA
        : {
            description,
            metadata,
            runId,
            ...(references ? { references } : {}),
            ...(tags ? { tags } : {}),
            ...(ttl !== undefined ? { ttlSeconds: ttl } : {}),
            ...(step ? { historyStep: step } : {}),
          };
  }

  /**
   * An incremental manifest merged into the version: its files, references and digest become
   * the merged ones (World.replaceVersionContents keeps the digest index in step).
   */
  replaceContents(files: Record<string, string>, references: ReferenceRec[], digest: string): void {
    [this.fileName, this.fileData] = fileFields(files);
    this.digest = digest;
    const { references: _old, ...rest } = this.extra;
    this.extra =
      references.length || this.extra !== NO_EXTRA
        ? {
            ...rest,
            ...(references.length ? { references: references.map((r) => ({ ...r })) } : {}),
          }
        : NO_EXTRA;
  }

  /** UpdateArtifact: a new extra, so versions that shared NO_EXTRA keep sharing it. */
  update(edit: ArtifactEdit): void {
    const { tags, ttlSeconds, ...rest } = this.extra;
    const nextTags = edit.tags ?? tags;
    const nextTtl =
      edit.ttl === undefined ? ttlSeconds : edit.ttl === 'inherit' ? undefined : edit.ttl;
    this.extra = {
      ...rest,
      ...(edit.description !== undefined ? { description: edit.description } : {}),
      ...(edit.metadata !== undefined ? { metadata: { ...edit.metadata } } : {}),
      ...(nextTags?.length ? { tags: [...nextTags] } : {}),
      ...(nextTtl !== undefined ? { ttlSeconds: nextTtl } : {}),
    };
  }

  get kind(): string {
    return ARTIFACT;
  }
  get id(): string {
    return idOfKey(ARTIFACT, this.key);
  }
  get createdAt(): string {
    return createdAtOf(this.created);
  }
  get files(): Record<string, string> {
    const { fileName: name, fileData: data } = this;
    return name === undefined ? (data as Record<string, string>) : { [name]: data as string };
  }
  get state(): 'COMMITTED' {
    return 'COMMITTED';
  }
  get description(): string | null {
    return this.extra.description;
  }
  get metadata(): Record<string, unknown> {
    return this.extra.metadata;
  }
  get runId(): string | null {
    return this.extra.runId;
  }
  get references(): ReferenceRec[] | undefined {
    return this.extra.references;
  }
  get tags(): string[] | undefined {
    return this.extra.tags;
  }
  get ttlSeconds(): number | null | undefined {
    return this.extra.ttlSeconds;
  }
  get historyStep(): number | undefined {
    return this.extra.historyStep;
  }

  toJSON(): ArtifactRec {
    return {
      id: this.id,
      sequenceId: this.sequenceId,
      versionIndex: this.versionIndex,
      type: this.type,
      digest: this.digest,
      description: this.description,
      metadata: this.metadata,
      files: this.files,
      ...(this.references ? { references: this.references } : {}),
      ...(this.tags ? { tags: this.tags } : {}),
      ...(this.ttlSeconds !== undefined ? { ttlSeconds: this.ttlSeconds } : {}),
      ...(this.historyStep ? { historyStep: this.historyStep } : {}),
      runId: this.runId,
      state: this.state,
      createdAt: this.createdAt,
    };
  }
}

/** What the World's membership records share (its indexes hold either kind). */
abstract class MemberBase implements Node {
  abstract readonly key: NodeKey;
  abstract readonly artifact: ArtifactNode;
  abstract aliases: string[];
  abstract readonly collectionId: string;
  abstract readonly versionIndex: number;
  abstract readonly createdAt: string;

  get kind(): string {
    return MEMBERSHIP;
  }
  get id(): string {
    return idOfKey(MEMBERSHIP, this.key);
  }
  get artifactId(): string {
    return this.artifact.id;
  }

  toJSON(): MembershipRec {
    return {
      id: this.id,
      collectionId: this.collectionId,
      versionIndex: this.versionIndex,
      artifactId: this.artifactId,
      aliases: this.aliases,
      createdAt: this.createdAt,
    };
  }
}

/**
 * A version's membership in its own sequence, made with it: its collection, index and time
 * are the version's, so it keeps only its id and aliases.
 */
export class OwnMembership extends MemberBase implements MembershipRec {
  constructor(
    readonly key: NodeKey,
    readonly artifact: ArtifactNode,
    public aliases: string[],
  ) {
    super();
  }
  get collectionId(): string {
    return this.artifact.sequenceId;
  }
  get versionIndex(): number {
    return this.artifact.versionIndex;
  }
  get createdAt(): string {
    return this.artifact.createdAt;
  }
}

/** Any other membership: a link into a portfolio (or an odd one a snapshot brought). */
export class MembershipNode extends MemberBase implements MembershipRec {
  constructor(
    readonly key: NodeKey,
    readonly collectionId: string,
    readonly versionIndex: number,
    readonly artifact: ArtifactNode,
    public aliases: string[],
    readonly created: Created,
  ) {
    super();
  }
  get createdAt(): string {
    return createdAtOf(this.created);
  }
}

export type Member = OwnMembership | MembershipNode;
