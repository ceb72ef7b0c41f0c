// seedWithEdits: the pure form of applyWorldEdits, for share URLs and reloads. The edits
// are first applied to a world built from the seed (the same checks, the same refusal of
// a bad list), then written into a copy of the seed, with every name the world chose
// (a suffixed ORG_ENTITY_NAME) spelled out so a rebuild gives the same world.
import { applyWorldEdits } from './applyEdits';
import { createWorld } from './createWorld';
import { parseWorldEdits, type WorldEdit } from './edits';
import type { WorldSeed } from './types';

type SeedOrg = WorldSeed['orgs'][number];

export function seedWithEdits(seed: WorldSeed, edits: readonly WorldEdit[]): WorldSeed {
  const parsed = parseWorldEdits(edits);
  const world = createWorld(seed);
  applyWorldEdits(world, parsed);
  const out = structuredClone(seed);
  out.orgs = out.orgs ?? [];
  const orgOf = (name: string): SeedOrg =>
    out.orgs.find((o) => o.name === name) ??
    out.orgs.find((o) => o.name === world.getOrgByEntityName(name)?.name)!;
  const teamOf = (name: string) =>
    out.orgs.flatMap((o) => o.teams ?? []).find((t) => t.name === name)!;
  const put = <R>(list: { user: string; role?: R }[], user: string, role: R | 'none') => {
    const at = list.findIndex((m) => m.user === user);
    if (at >= 0) list.splice(at, 1);
    if (role !== 'none') list.push({ user, role });
  };

  for (const edit of parsed) {
    const viewer = out.viewer;
    switch (edit.kind) {
      case 'add-org': {
        const role = edit.viewerRole ?? 'member';
        const members = role === 'none' ? [] : [{ user: viewer, role }];
        out.orgs.push({
          name: edit.name,
          entityName: world.getOrg(edit.name)!.entityName,
          members,
          teams: (edit.teams ?? []).map((t) => ({
            name: t,
            members: role === 'none' ? [] : [{ user: viewer, role: 'member' as const }],
          })),
        });
        break;
      }
      case 'add-team': {
        const role = edit.viewerRole ?? 'member';
        orgOf(edit.org).teams.push({
          name: edit.name,
          members: role === 'none' ? [] : [{ user: viewer, role }],
        });
        break;
      }
      case 'add-user':
        out.users.push({
          name: edit.name,
          ...(edit.defaultEntity ? { defaultEntity: edit.defaultEntity } : {}),
        });
        break;
      case 'set-viewer':
        out.viewer = edit.name;
        break;
      case 'set-team-role':
        put(teamOf(edit.team).members, edit.user ?? viewer, edit.role);
        break;
      case 'set-registry-role': {
        const org = orgOf(edit.org);
        org.registries = org.registries ?? [];
        let reg = org.registries.find((r) => r.name === edit.registry);
        // A core registry (model, dataset) the seed did not list: listing it adds members only.
        if (!reg) {
          reg = { name: edit.registry };
          org.registries.push(reg);
        }
        reg.members = reg.members ?? [];
        put(reg.members, edit.user ?? viewer, edit.role);
        break;
      }
      case 'set-org-role':
        put(orgOf(edit.org).members, edit.user ?? viewer, edit.role);
        break;
      case 'add-registry': {
        const org = orgOf(edit.org);
        org.registries = org.registries ?? [];
        org.registries.push({
          name: edit.name,
          visibility: edit.visibility ?? 'organization',
          acceptedTypes: [...new Set(edit.acceptedTypes ?? [])],
          members: edit.viewerRole ? [{ user: viewer, role: edit.viewerRole }] : [],
        });
        break;
      }
      case 'add-project':
        out.projects = [...(out.projects ?? []), { entity: edit.entity, name: edit.name }];
        break;
      case 'set-default-entity':
        out.users = out.users.map((u) =>
          u.name === viewer ? { ...u, defaultEntity: edit.entity } : u,
        );
        break;
      case 'set-sdk-version':
        out.sdkVersion = edit.version;
        break;
    }
  }
  return out;
}
