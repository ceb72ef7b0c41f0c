/**
 * "Use my names" (issue 12 §4): the reader's team, org, registry and collection in place of
 * the docs' own `vision-team`, `acme`, ... in every runnable block and every marked inline
 * value. Pure (no React, no engine), so the docs-snippet test runs each block under exactly
 * the rewrite the pages show.
 */
import type { WorldEdit } from 'playground-engine';

export interface MyNames {
  /** The reader's team (the docs' `vision-team`). */
  team: string;
  /** Their org's display name (the docs' `acme`). */
  org: string;
  /** Their ORG_ENTITY_NAME, when they know it; otherwise the world decides (a suffix on a collision). */
  orgEntity?: string;
  /** A registry of theirs (without `wandb-registry-`): the blocks' `REGISTRY_NAME`. */
  registry?: string;
  /** A collection of theirs: the blocks' `COLLECTION_NAME`. */
  collection?: string;
}

export type NameField = keyof MyNames;

/** The names the docs are written in, which the reader's names replace. */
export const DOCS_NAMES = { team: 'vision-team', org: 'acme' } as const;

/** The form's label of each field: every refusal starts with it. */
export const FIELD_LABELS: Record<NameField, string> = {
  team: 'Team',
  org: 'Org display name',
  orgEntity: 'ORG_ENTITY_NAME',
  registry: 'Registry',
  collection: 'Collection',
};

export interface NamesProblem {
  field: NameField;
  message: string;
}

// Team and org entity names are W&B entity names: no spaces, nothing a URL or path would need
// to escape (our choice of the exact set; ASSUMPTIONS.md). Display names, registries and
// collections may hold spaces and quotes (`Text detect registry`), but never '/' or ':',
// which split a path, nor control characters.
const ENTITY = /^[A-Za-z0-9_-]+$/;
const DISPLAY_BAD = /[/:\p{Cc}]/u;
const MAX = 128;

function fieldProblem(field: NameField, value: string | undefined): string | null {
  const label = FIELD_LABELS[field];
  const optional = field !== 'team' && field !== 'org';
  if (value === undefined || value === '') return optional ? null : `${label}: enter a name`;
  if (value !== value.trim())
    return `${label}: ${JSON.stringify(value)} starts or ends with a space`;
  if (value.length > MAX)
    return `${label}: at most ${MAX} characters (this one has ${value.length})`;
  if (field === 'team' || field === 'orgEntity') {
    if (!ENTITY.test(value))
      return `${label}: ${JSON.stringify(value)} is not an entity name; use letters, digits, '-' and '_' only (no spaces)`;
  } else if (DISPLAY_BAD.test(value)) {
    return `${label}: ${JSON.stringify(value)} contains '/', ':' or a control character, which a registry path cannot hold`;
  }
  return null;
}

/** The first problem with `names`, naming the field, or null when they can be used. */
export function namesProblem(names: MyNames): NamesProblem | null {
  for (const field of Object.keys(FIELD_LABELS) as NameField[]) {
    const message = fieldProblem(field, names[field]);
    if (message) return { field, message };
  }
  if (names.orgEntity && names.orgEntity === names.team)
    return {
      field: 'orgEntity',
      message: `${FIELD_LABELS.orgEntity}: '${names.orgEntity}' is your team's name; W&B gives the org another entity name then (a '_' suffix)`,
    };
  return null;
}

/** The org as code names it: the ORG_ENTITY_NAME when known, else the display name (SDK ≥ 0.18.4 takes either). */
export const orgInCode = (n: MyNames): string => n.orgEntity ?? n.org;

/**
 * The world edits that put the reader's org (with their team, them a member, and their
 * registry if any) into a docs world, and make their team the default entity. The engine
 * gives the org its ORG_ENTITY_NAME, with the real suffix when the team shares its name.
 * `hasRegistry` says whether the new org already has a registry of that name (a core one).
 */
export function editsForNames(names: MyNames, hasRegistry: (name: string) => boolean) {
  const edits: WorldEdit[] = [
    {
      kind: 'add-org',
      name: names.org,
      ...(names.orgEntity ? { entityName: names.orgEntity } : {}),
      teams: [names.team],
    },
    { kind: 'set-default-entity', entity: names.team },
  ];
  if (names.registry && !hasRegistry(names.registry))
    edits.push({
      kind: 'add-registry',
      org: names.org,
      name: names.registry,
      viewerRole: 'member',
    });
  return edits;
}

// ---- rewriting ------------------------------------------------------------------------

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `vision-team` and `acme` as whole names: not inside `acme-corp`, `my_acme` or `acme.io`. */
const whole = (w: string) => new RegExp(`(?<![\\w.-])${escapeRe(w)}(?![\\w-]|\\.\\w)`, 'g');

/** Replaces the docs' team and org, as whole names, in a piece of text. */
function swapNames(text: string, names: MyNames, quote: (s: string) => string): string {
  // One pass over both, so a reader's name equal to the other docs name is never rewritten twice.
  const both = new RegExp(`${whole(DOCS_NAMES.team).source}|${whole(DOCS_NAMES.org).source}`, 'g');
  return text.replace(both, (m) => quote(m === DOCS_NAMES.team ? names.team : orgInCode(names)));
}

/** An inline value (prose, a table cell) in the reader's names: React renders it as text. */
export function rewriteText(text: string, names: MyNames | null): string {
  return names ? swapNames(text, names, (s) => s) : text;
}

/** A Python string literal: prefix, quote, body, at `start`..`end` of the code. */
interface Literal {
  start: number;
  end: number;
  prefix: string;
  quote: string;
  body: string;
}

/** The string literals of Python code (comments skipped), enough for the docs' blocks. */
export function stringLiterals(code: string): Literal[] {
  const out: Literal[] = [];
  const open = /#[^\n]*|([rRbBuUfF]{0,2})("""|'''|"|')/g;
  let m: RegExpExecArray | null = open.exec(code);
  while (m) {
    if (m[2]) {
      const quote = m[2];
      const raw = /r/i.test(m[1]);
      const bodyStart = m.index + m[0].length;
      let i = bodyStart;
      while (i < code.length && !code.startsWith(quote, i)) {
        if (code[i] === '\\' && !raw) i++;
        else if (code[i] === '\\' && raw && code[i + 1] === quote[0]) i++;
        if (code[i] === '\n' && quote.length === 1) break; // unterminated: stop at the line
        i++;
      }
      const end = Math.min(i + quote.length, code.length);
      out.push({ start: m.index, end, prefix: m[1], quote, body: code.slice(bodyStart, i) });
      open.lastIndex = end;
    }
    m = open.exec(code);
  }
  return out;
}

/** `text` as it must be written inside a literal of this kind; null if it cannot be (a raw string). */
function escapeFor(lit: Literal, text: string): string | null {
  const raw = /r/i.test(lit.prefix);
  const needs = text.includes('\\') || text.includes(lit.quote[0]);
  if (raw && needs) return null;
  let s = raw ? text : text.replace(/\\/g, '\\\\').replaceAll(lit.quote[0], `\\${lit.quote[0]}`);
  if (/f/i.test(lit.prefix)) s = s.replace(/[{}]/g, '$&$&');
  return s;
}

/** `REGISTRY_NAME = "model"`: the literal a block assigns to one of these is that name. */
const ASSIGNED: Partial<Record<NameField, RegExp>> = {
  registry: /\bREGISTRY_NAME\s*=\s*$/,
  collection: /\bCOLLECTION_NAME\s*=\s*$/,
};

/**
 * A block's code in the reader's names. Only string literals change: `vision-team` and
 * `acme` as whole names inside any literal, and the literal assigned to `REGISTRY_NAME` or
 * `COLLECTION_NAME` when the reader gave one. Each name is escaped for its literal (quotes,
 * backslashes, f-string braces), so a name can never end a string or start code.
 */
export function rewriteCode(code: string, names: MyNames | null): string {
  if (!names) return code;
  let out = '';
  let at = 0;
  for (const lit of stringLiterals(code)) {
    const lineStart = code.lastIndexOf('\n', lit.start - 1) + 1;
    const before = code.slice(lineStart, lit.start);
    let body = lit.body;
    const assigned = (['registry', 'collection'] as const).find(
      (f) => names[f] && ASSIGNED[f]?.test(before),
    );
    if (assigned) {
      body = escapeFor(lit, names[assigned] as string) ?? body;
    } else {
      let ok = true;
      const swapped = swapNames(body, names, (s) => {
        const e = escapeFor(lit, s);
        if (e === null) ok = false;
        return e ?? s;
      });
      if (ok) body = swapped;
    }
    if (body === lit.body) continue;
    const open = lit.prefix.length + lit.quote.length;
    out += code.slice(at, lit.start + open) + body;
    at = lit.start + open + lit.body.length;
  }
  return out + code.slice(at);
}

// ---- persistence (across pages and visits) ----------------------------------------------

export const NAMES_KEY = 'registry-linking-docs:my-names';
export const NAMES_VERSION = 1;

export type NamesLoad =
  | { status: 'off' }
  | { status: 'ok'; names: MyNames }
  | { status: 'refused'; notice: string };

function store(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Blocked storage throws on the mere access in some browsers.
  }
}

/** The saved names; anything else than a valid v1 entry is removed and reported. */
export function loadNames(): NamesLoad {
  const s = store();
  let raw: string | null = null;
  try {
    raw = s?.getItem(NAMES_KEY) ?? null;
  } catch {
    return { status: 'off' };
  }
  if (raw === null) return { status: 'off' };
  const refuse = (why: string): NamesLoad => {
    try {
      s?.removeItem(NAMES_KEY);
    } catch {
      // Nothing more to do: the next save overwrites it.
    }
    return {
      status: 'refused',
      notice: `Your saved names could not be used (${why}), so the examples show the docs' own names.`,
    };
  };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return refuse('they are not valid JSON');
  }
  const entry = v as { v?: unknown; names?: unknown } | null;
  if (typeof entry !== 'object' || entry === null) return refuse('the entry is not an object');
  if (entry.v !== NAMES_VERSION)
    return refuse(
      `they were saved in format ${JSON.stringify(entry.v)}, this page reads ${NAMES_VERSION}`,
    );
  const n = entry.names as Record<string, unknown> | null;
  if (typeof n !== 'object' || n === null) return refuse("'names' is not an object");
  const names: MyNames = { team: '', org: '' };
  for (const field of Object.keys(FIELD_LABELS) as NameField[]) {
    const value = n[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return refuse(`${FIELD_LABELS[field]} is not text`);
    if (value !== '') names[field] = value;
  }
  const problem = namesProblem(names);
  return problem ? refuse(problem.message) : { status: 'ok', names };
}

/** Saves (or, with null, forgets) the names; false when the browser refused. */
export function saveNames(names: MyNames | null): boolean {
  const s = store();
  if (!s) return false;
  try {
    if (names) s.setItem(NAMES_KEY, JSON.stringify({ v: NAMES_VERSION, names }));
    else s.removeItem(NAMES_KEY);
    return true;
  } catch {
    return false;
  }
}

// ---- one store per page load: snippets, inline values and page worlds follow it ---------

let current: { names: MyNames | null; notice: string } | undefined;
const listeners = new Set<() => void>();

function read() {
  if (current === undefined) {
    const r = loadNames();
    current = {
      names: r.status === 'ok' ? r.names : null,
      notice: r.status === 'refused' ? r.notice : '',
    };
  }
  return current;
}

/** The names in use, null for the docs' own. */
export function myNames(): MyNames | null {
  return read().names;
}

/** Why saved names were refused on load ('' when they were not). */
export function myNamesNotice(): string {
  return read().notice;
}

/** Use `names` (null: the docs' own) on every page from now on. Returns false if not saved. */
export function setMyNames(names: MyNames | null): boolean {
  current = { names, notice: '' };
  const saved = saveNames(names);
  for (const fn of [...listeners]) fn();
  return saved;
}

export function subscribeMyNames(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/** Tests only: forget the cached names (read storage again on next use). */
export function resetMyNamesForTests(): void {
  current = undefined;
}
