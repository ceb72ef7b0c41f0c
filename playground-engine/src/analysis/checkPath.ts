// Checks one statically known `target_path`: its shape (rules' parser), the registry
// prefix, the registry and the org prefix against what the viewer can see in the world.
import { isSimError } from '../errors/simError';
import { pyRepr } from '../text/pyRepr';
import {
  isRegistryProject,
  parseTargetPath,
  REGISTRY_PREFIX,
  registryNameOf,
} from '../paths/targetPath';
import { type PartRef, partDiagnostic, quoteList, replacePart } from './diag';
import { hasPlaceholder } from './checkPlaceholders';
import { closeMatches } from '../text/similar';
import { isFullyKnown, type StrVal, textOf } from './strval';
import type { Diagnostic, Fix } from './types';
import type { WorldFacts } from './worldFacts';

/** Where the call could take an `aliases=` keyword, for the ':alias' fix. */
export interface CallContext {
  hasAliasesArg: boolean;
  /** Where `aliases=[...]` can be added: before the closing parenthesis, after `prefix`. */
  aliasInsert: { at: number; prefix: string } | null;
  /** The one artifact type the snippet creates, if statically known (a new registry accepts it). */
  artifactType?: string;
}

/** `wandb_registry-`, `wandb-registries-`, `registry-`, `Wandb-Registry-`, … */
const PREFIX_TYPO = /^(?:wandb[-_ ]?)?regist(?:ry|ries|ery)[-_ ]/i;

export function checkTargetPath(
  value: StrVal,
  facts: WorldFacts | null,
  call: CallContext,
): Diagnostic[] {
  // A path with unknown pieces could be anything: say nothing rather than guess.
  if (!isFullyKnown(value)) return [];
  const chars = value.pieces;
  const text = textOf(chars);
  const part = (i: number, j: number): PartRef => ({ chars, i, j, fallback: value.span });
  const colon = text.indexOf(':');
  const left = colon < 0 ? text : text.slice(0, colon);

  try {
    parseTargetPath(text);
  } catch (e) {
    if (!isSimError(e)) throw e;
    return [tooManyParts(left, part, e.message)];
  }

  // Offsets of each '/'-separated part of the left side, in chars.
  const bounds: [number, number][] = [];
  let start = 0;
  for (const piece of left.split('/')) {
    bounds.push([start, start + piece.length]);
    start += piece.length + 1;
  }
  const out: Diagnostic[] = [];
  if (bounds.length < 2) return out;
  const [pi, pj] = bounds[bounds.length - 2];
  const project = text.slice(pi, pj);
  const prefix = bounds.length === 3 ? text.slice(bounds[0][0], bounds[0][1]) : undefined;

  const typo = PREFIX_TYPO.exec(project);
  if (typo && !project.startsWith(REGISTRY_PREFIX)) {
    const fixed = REGISTRY_PREFIX + project.slice(typo[0].length);
    out.push(
      partDiagnostic(
        part(pi, pi + typo[0].length),
        {
          severity: 'error',
          code: 'registry-prefix-typo',
          message: `${pyRepr(project)} is not a registry project: registry paths use the prefix ${pyRepr(REGISTRY_PREFIX)} (lowercase, hyphens), so this would link to an ordinary project. Did you mean ${pyRepr(fixed)}?`,
        },
        [replacePart(part(pi, pi + typo[0].length), REGISTRY_PREFIX, `Change to ${pyRepr(fixed)}`)],
      ),
    );
    return out;
  }
  if (!project.startsWith(REGISTRY_PREFIX)) return out;

  if (colon >= 0) out.push(aliasInPath(text, colon, bounds, part, call));
  if (!facts) return out;

  // The org the registry is looked up in: the prefix, else WANDB_ORGANIZATION, else any of
  // the viewer's orgs (statically we do not know the source artifact's entity).
  const named = prefix || facts.envOrg;
  const org = named ? facts.orgNamed(named) : undefined;
  if (prefix && !hasPlaceholder(prefix) && !org) {
    out.push(orgProblem(prefix, part(bounds[0][0], bounds[0][1]), facts));
  }
  const searched = org ? [org] : facts.orgs;
  const registry = isRegistryProject(project) ? registryNameOf(project) : '';
  if (hasPlaceholder(registry)) return out;
  const visible = [...new Set(searched.flatMap((o) => o.registries))];
  if (registry && visible.includes(registry)) return out;

  const regPart = part(pi + REGISTRY_PREFIX.length, pj);
  const where =
    searched.length === 0
      ? `${facts.viewer} belongs to no organization, so there is no registry to link to`
      : `registries ${facts.viewer} can see in ${searched.length === 1 ? 'organization' : 'organizations'} ${quoteList(searched.map((o) => o.name))}: ${visible.length ? quoteList(visible) : 'none'}`;
  const message = registry
    ? `Registry ${pyRepr(registry)} not found (${where}). The registry must exist before you link to it.`
    : `The registry name is missing after ${pyRepr(REGISTRY_PREFIX)} (${where}).`;
  const suggestions = registry ? closeMatches(registry, visible) : visible.slice(0, 3);
  const fixes = suggestions.map((s) =>
    replacePart(regPart, s, `Change to ${pyRepr(REGISTRY_PREFIX + s)}`),
  );
  // No near miss: the reader's own registry, which their setup lacks (issue 12).
  if (registry && suggestions.length === 0) {
    fixes.push(facts.fix.registry(org?.entityName ?? named, registry, call.artifactType));
  }
  out.push(
    partDiagnostic(regPart, { severity: 'error', code: 'registry-not-found', message }, fixes),
  );
  return out;
}

function tooManyParts(
  left: string,
  part: (i: number, j: number) => PartRef,
  message: string,
): Diagnostic {
  const pieces = left.split('/');
  const fixes: (Fix | null)[] = [];
  // `entity/project/wandb-registry-X/coll`: the registry part and the collection are what count.
  const reg = pieces.findIndex((p, k) => k > 0 && p.startsWith(REGISTRY_PREFIX));
  if (reg > 0 && pieces.length - reg === 2) {
    const drop = pieces.slice(0, reg).join('/').length + 1;
    fixes.push(
      replacePart(
        part(0, drop),
        '',
        `Remove ${pyRepr(left.slice(0, drop))} (a registry path is [ORG/]wandb-registry-REGISTRY/COLLECTION)`,
      ),
    );
  }
  return partDiagnostic(
    part(0, left.length),
    { severity: 'error', code: 'path-too-many-parts', message },
    fixes,
  );
}

function orgProblem(prefix: string, where: PartRef, facts: WorldFacts): Diagnostic {
  const team = facts.teams.find((t) => t.name === prefix);
  const own = facts.orgs.map((o) => o.entityName);
  if (team) {
    const teamOrg = facts.orgs.find((o) => o.name === team.org);
    const suggested = teamOrg ? [teamOrg.entityName] : own.slice(0, 3);
    return partDiagnostic(
      where,
      {
        severity: 'error',
        code: 'org-is-team',
        message: `${pyRepr(prefix)} is a team, not an organization. The first part of a registry path is the organization's entity name (ORG_ENTITY_NAME)${suggested.length ? `: ${quoteList(suggested)}` : ''}; with a team name the SDK cannot resolve the organization and the link fails.`,
      },
      suggested.map((s) => replacePart(where, s, `Change to ${pyRepr(s)} (ORG_ENTITY_NAME)`)),
    );
  }
  const close = closeMatches(
    prefix,
    facts.orgs.flatMap((o) => [o.entityName, o.name]),
  ).map((n) => facts.orgs.find((o) => o.name === n || o.entityName === n)?.entityName ?? n);
  const suggested = [...new Set([...close, ...own])].slice(0, 3);
  const fixes: (Fix | null)[] = suggested.map((s) =>
    replacePart(where, s, `Change to ${pyRepr(s)} (ORG_ENTITY_NAME)`),
  );
  // Not a near miss of an org the viewer has: their own org, which the setup lacks.
  if (close.length === 0) fixes.push(facts.fix.org(prefix));
  const valid = own.length
    ? `${facts.viewer}'s organizations have the ORG_ENTITY_NAME ${quoteList(own)}`
    : `${facts.viewer} belongs to no organization`;
  return partDiagnostic(
    where,
    {
      severity: 'error',
      code: 'org-unknown',
      message: `${pyRepr(prefix)} is not an organization ${facts.viewer} belongs to (${valid}). Use the ORG_ENTITY_NAME, or leave the prefix out to use the artifact's organization.`,
    },
    fixes,
  );
}

function aliasInPath(
  text: string,
  colon: number,
  bounds: [number, number][],
  part: (i: number, j: number) => PartRef,
  call: CallContext,
): Diagnostic {
  const alias = text.slice(colon + 1);
  const collection = text.slice(bounds[bounds.length - 1][0]);
  const where = part(colon, text.length);
  const fixes: (Fix | null)[] = [];
  const removal = replacePart(where, '', '');
  const at = call.aliasInsert;
  if (removal && !call.hasAliasesArg && at && alias && !/[/:]/.test(alias)) {
    fixes.push({
      title: `Move ${pyRepr(alias)} to aliases=[${pyRepr(alias)}]`,
      edits: [
        ...(removal.edits ?? []),
        { from: at.at, to: at.at, insert: `${at.prefix}aliases=[${JSON.stringify(alias)}]` },
      ],
    });
  }
  return partDiagnostic(
    where,
    {
      severity: 'warning',
      code: 'alias-in-path',
      message: `The SDK does not strip ${pyRepr(text.slice(colon))} from target_path: it would link to a collection named ${pyRepr(collection)}. Pass aliases=[${pyRepr(alias)}] instead.`,
    },
    fixes,
  );
}
