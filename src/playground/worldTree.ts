import type { WorldSnapshot } from 'playground-engine';

/**
 * The world inspector's tree, built from a world snapshot (plain JSON):
 * org → teams and registries → projects and collections → versions.
 * A pure function so it is tested without React.
 */
export interface TreeNode {
  /** Stable id, also used as the DOM id suffix for "jump to". */
  id: string;
  kind:
    | 'org'
    | 'team'
    | 'personal'
    | 'registry'
    | 'project'
    | 'collection'
    | 'version'
    | 'member'
    | 'group';
  label: string;
  detail?: string;
  children: TreeNode[];
  /** Versions in a registry: where the linked version comes from. */
  source?: { nodeId: string; label: string };
}

type Snap = Pick<
  WorldSnapshot,
  'orgs' | 'entities' | 'projects' | 'collections' | 'artifacts' | 'memberships' | 'runs' | 'uses'
>;

const versionId = (membershipId: string) => `v-${membershipId}`;

type RegistrySnap = NonNullable<WorldSnapshot['projects'][number]['registry']>;

/** What a registry's settings say: visibility, types, description, protected aliases. */
function registryDetail(r: RegistrySnap): string {
  return [
    r.visibility === 'restricted' ? 'restricted' : undefined,
    r.allowAllTypes ? 'accepts any type' : `accepts ${r.acceptedTypes.join(', ')}`,
    r.description ? `“${r.description}”` : undefined,
    r.protectedAliases?.length ? `protected aliases: ${r.protectedAliases.join(', ')}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A registry's listed members (users, then teams) with their roles. */
function memberNodes(p: WorldSnapshot['projects'][number]): TreeNode[] {
  const r = p.registry;
  if (!r) return [];
  const rows = (m: Record<string, string> | undefined, kind: 'user' | 'team') =>
    Object.entries(m ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map<TreeNode>(([name, role]) => ({
        id: `r-${p.id}-${kind}-${name}`,
        kind: 'member',
        label: name,
        detail: kind === 'team' ? `team · ${role}` : role,
        children: [],
      }));
  return [...rows(r.members, 'user'), ...rows(r.teams, 'team')];
}

/** A version's own TTL ("TTL 30 days", "TTL 90 s", "no TTL"); nothing while it inherits. */
/** How many entries a source version holds: its files and references (file_count). */
export function entriesText(a: { files: Record<string, string>; references?: unknown[] }): string {
  const n = Object.keys(a.files).length + (a.references?.length ?? 0);
  return n === 1 ? '1 file' : `${n} files`;
}

export function ttlText(seconds: number | null | undefined): string {
  if (seconds === undefined) return '';
  if (seconds === null) return 'no TTL';
  const days = seconds / 86_400;
  return Number.isInteger(days)
    ? `TTL ${days} day${days === 1 ? '' : 's'}`
    : `TTL ${seconds.toLocaleString('en-US')} s`;
}

export function buildWorldTree(snapshot: unknown): TreeNode[] {
  const s = snapshot as Partial<Snap> | null;
  if (!s || !Array.isArray(s.orgs) || !Array.isArray(s.entities) || !Array.isArray(s.projects))
    return [];
  const collections = s.collections ?? [];
  const memberships = s.memberships ?? [];
  const artifacts = new Map((s.artifacts ?? []).map((a) => [a.id, a]));
  const collectionById = new Map(collections.map((c) => [c.id, c]));
  // Who used each source version (run.use_artifact), by run name, first use first.
  const runNames = new Map((s.runs ?? []).map((r) => [r.id, r.name || r.id]));
  const usedBy = new Map<string, string[]>();
  for (const u of s.uses ?? []) {
    usedBy.set(u.artifactId, [
      ...(usedBy.get(u.artifactId) ?? []),
      runNames.get(u.runId) ?? u.runId,
    ]);
  }

  const membershipsOf = new Map<string, typeof memberships>();
  for (const m of memberships) {
    const list = membershipsOf.get(m.collectionId) ?? [];
    list.push(m);
    membershipsOf.set(m.collectionId, list);
  }
  // A source version is the artifact's membership in its own sequence.
  const sourceOf = new Map<string, (typeof memberships)[number]>();
  for (const m of memberships) {
    const a = artifacts.get(m.artifactId);
    if (a && a.sequenceId === m.collectionId) sourceOf.set(m.artifactId, m);
  }

  const versionNodes = (collectionId: string, isPortfolio: boolean): TreeNode[] =>
    [...(membershipsOf.get(collectionId) ?? [])]
      .sort((a, b) => a.versionIndex - b.versionIndex)
      .map((m) => {
        const aliases = m.aliases.filter((x) => x !== `v${m.versionIndex}`);
        const users = isPortfolio ? [] : (usedBy.get(m.artifactId) ?? []);
        // Tags and TTL belong to the source version: a link shows its source's.
        const a = isPortfolio ? undefined : artifacts.get(m.artifactId);
        const detail = [
          aliases.length ? `aliases: ${aliases.join(', ')}` : '',
          a ? entriesText(a) : '',
          a?.tags?.length ? `tags: ${a.tags.join(', ')}` : '',
          a ? ttlText(a.ttlSeconds) : '',
          users.length ? `used by ${users.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(' · ');
        const node: TreeNode = {
          id: versionId(m.id),
          kind: 'version',
          label: `v${m.versionIndex}`,
          detail: detail || undefined,
          children: [],
        };
        if (isPortfolio) {
          const src = sourceOf.get(m.artifactId);
          const seq = src ? collectionById.get(src.collectionId) : undefined;
          if (src && seq) {
            node.source = {
              nodeId: versionId(src.id),
              label: `${seq.entity}/${seq.project}/${seq.name}:v${src.versionIndex}`,
            };
          }
        }
        return node;
      });

  const collectionNodes = (entity: string, project: string): TreeNode[] =>
    collections
      .filter((c) => c.entity === entity && c.project === project)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({
        id: `c-${c.id}`,
        kind: 'collection',
        label: c.name,
        detail: `type ${c.type}`,
        children: versionNodes(c.id, c.kind === 'portfolio'),
      }));

  const projectNodes = (entity: string): TreeNode[] =>
    s
      .projects!.filter((p) => p.entity === entity && !p.registry)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({
        id: `p-${p.id}`,
        kind: 'project',
        label: p.name,
        children: collectionNodes(entity, p.name),
      }));

  const tree: TreeNode[] = s.orgs.map((org) => {
    const teams = s
      .entities!.filter((e) => e.kind === 'team' && e.org === org.name)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map<TreeNode>((t) => ({
        id: `t-${t.name}`,
        kind: 'team',
        label: t.name,
        detail: 'team',
        children: projectNodes(t.name),
      }));
    const registries = s
      .projects!.filter((p) => p.entity === org.entityName && p.registry)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map<TreeNode>((p) => {
        const members = memberNodes(p);
        return {
          id: `r-${p.id}`,
          kind: 'registry',
          label: p.name,
          detail: registryDetail(p.registry!),
          children: [
            ...(members.length
              ? [
                  {
                    id: `r-${p.id}-members`,
                    kind: 'group' as const,
                    label: 'Members',
                    children: members,
                  },
                ]
              : []),
            ...collectionNodes(org.entityName, p.name),
          ],
        };
      });
    return {
      id: `o-${org.entityName}`,
      kind: 'org',
      label: org.name,
      detail: org.entityName === org.name ? 'org' : `org · ORG_ENTITY_NAME ${org.entityName}`,
      children: [
        { id: `o-${org.entityName}-teams`, kind: 'group', label: 'Teams', children: teams },
        {
          id: `o-${org.entityName}-registries`,
          kind: 'group',
          label: 'Registries',
          children: registries,
        },
      ],
    };
  });

  const personal = s.entities
    .filter((e) => e.kind === 'user')
    .map<TreeNode>((u) => ({
      id: `u-${u.name}`,
      kind: 'personal',
      label: u.name,
      detail: 'personal entity',
      children: projectNodes(u.name),
    }))
    .filter((n) => n.children.length > 0);
  if (personal.length > 0) {
    tree.push({ id: 'personal', kind: 'group', label: 'Personal entities', children: personal });
  }
  return tree;
}

/** Ids of the ancestors of `id` (outermost first), or null when it is not in the tree. */
export function pathTo(tree: TreeNode[], id: string): string[] | null {
  for (const n of tree) {
    if (n.id === id) return [];
    const below = pathTo(n.children, id);
    if (below) return [n.id, ...below];
  }
  return null;
}
