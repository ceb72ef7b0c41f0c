// Entity names the code uses that the world lacks (issue 12): `wandb.init(entity=...)`,
// WANDB_ENTITY set in os.environ, the entity of `api.artifact("e/p/n:v")`, and the entity
// in `wandb.Api(overrides=...)`. A name close to one the viewer has is most likely a typo:
// it gets the text fix only. Anything else gets a world fix that adds the team, so a
// reader's own script can run against their own setup.
//
// Projects are not reported: `wandb.init` creates a missing project, and adding an empty
// one would not make `api.artifact` find a version that was never logged.
import type { SyntaxNode, Tree } from '@lezer/common';
import { pyRepr } from '../text/pyRepr';
import { positionalNames } from '../python/wandb/signatures';
import { bindArgs, type SdkCall } from './calls';
import { hasPlaceholder } from './checkPlaceholders';
import { type PartRef, partDiagnostic, quoteList, replacePart } from './diag';
import type { Evaluator } from './evaluate';
import { closeMatches, editDistance } from '../text/similar';
import { isFullyKnown, textOf } from './strval';
import type { Diagnostic, Fix } from './types';
import type { WorldFacts } from './worldFacts';

const ENV_ENTITY = 'WANDB_ENTITY';

export function checkUnknownNames(
  tree: Tree,
  code: string,
  ev: Evaluator,
  facts: WorldFacts | null,
): Diagnostic[] {
  if (!facts) return [];
  const out: Diagnostic[] = [];
  const text = (n: SyntaxNode) => code.slice(n.from, n.to);
  const known = (n: SyntaxNode | undefined) => {
    const v = n ? ev.evaluate(n) : null;
    return v?.kind === 'str' && isFullyKnown(v) ? { v, s: textOf(v.pieces) } : null;
  };
  /** Reports the entity written in `node` (all of it, or its first '/' part when `inPath`). */
  const entityAt = (node: SyntaxNode | undefined, where: string, inPath = false) => {
    const k = known(node);
    if (!k) return;
    const parts = k.s.split('/');
    if (inPath && parts.length !== 3) return;
    const name = inPath ? parts[0] : k.s;
    if (!name || hasPlaceholder(name) || facts.entities.has(name)) return;
    const part: PartRef = { chars: k.v.pieces, i: 0, j: name.length, fallback: k.v.span };
    out.push(unknownEntity(name, part, where, facts));
  };

  tree.iterate({
    enter(ref) {
      const node = ref.node;
      if (ref.name === 'CallExpression') {
        const callee = node.firstChild;
        const args = node.lastChild;
        if (!callee || args?.name !== 'ArgList') return;
        const name = text(callee);
        const prop = callee.name === 'MemberExpression' ? callee.lastChild : null;
        const method = prop?.name === 'PropertyName' ? text(prop) : '';
        if (name === 'wandb.init') {
          entityAt(
            bindArgs(args, positionalNames('init'), code).get('entity'),
            'wandb.init(entity=...)',
          );
        } else if (name === 'wandb.Api') {
          const overrides = bindArgs(args, positionalNames('Api.__init__'), code).get('overrides');
          if (overrides?.name === 'DictionaryExpression')
            entityAt(dictValue(overrides, 'entity', known), "wandb.Api(overrides={'entity': ...})");
        } else if (name === 'os.environ.setdefault') {
          const a = bindArgs(args, ['key', 'value'], code);
          if (known(a.get('key'))?.s === ENV_ENTITY) entityAt(a.get('value'), ENV_ENTITY);
        } else if (method === 'artifact' || method === 'use_artifact') {
          const q = method === 'artifact' ? 'Api.artifact' : 'Run.use_artifact';
          const [first] = positionalNames(q);
          entityAt(bindArgs(args, positionalNames(q), code).get(first), `${method}(...)`, true);
        }
      } else if (ref.name === 'AssignStatement') {
        const target = node.firstChild;
        const op = target?.nextSibling;
        // `os.environ["WANDB_ENTITY"] = "..."` (one target, plain `=`).
        if (target?.name !== 'MemberExpression' || op?.name !== 'AssignOp' || text(op) !== '=')
          return;
        if (target.firstChild && text(target.firstChild) !== 'os.environ') return;
        const key = target.firstChild?.nextSibling?.nextSibling ?? undefined;
        if (target.firstChild?.nextSibling?.name !== '[' || known(key)?.s !== ENV_ENTITY) return;
        entityAt(node.lastChild ?? undefined, ENV_ENTITY);
      }
    },
  });
  return out;
}

/** The value written for `key` in a `{...}` literal. */
function dictValue(
  dict: SyntaxNode,
  key: string,
  known: (n: SyntaxNode) => { s: string } | null,
): SyntaxNode | undefined {
  for (let c = dict.firstChild; c; c = c.nextSibling) {
    if (c.nextSibling?.name === ':' && known(c)?.s === key)
      return c.nextSibling.nextSibling ?? undefined;
  }
  return undefined;
}

function unknownEntity(name: string, part: PartRef, where: string, facts: WorldFacts): Diagnostic {
  const candidates = [...facts.ownEntities, ...facts.teams.map((t) => t.name)];
  const close = typosOf(name, candidates);
  const fixes: (Fix | null)[] = close.map((c) => replacePart(part, c, `Change to ${pyRepr(c)}`));
  // A near miss is a typo: fixing the text is the fix, not adding a look-alike team.
  if (close.length === 0) fixes.push(facts.fix.entity(name));
  return partDiagnostic(
    part,
    {
      severity: 'error',
      code: 'entity-unknown',
      message: `Entity ${pyRepr(name)} does not exist in this world, so ${where} would fail (${facts.viewer} can use ${quoteList(facts.ownEntities)}). Use one of those, or add it to your setup.`,
    },
    fixes,
  );
}

/** The artifact type the snippet creates, when every `type=` it writes is the same literal. */
export function artifactTypeOf(calls: readonly SdkCall[], ev: Evaluator): string | undefined {
  const types = new Set<string>();
  for (const c of calls) {
    if (c.kind !== 'Artifact' && c.kind !== 'log_artifact') continue;
    const node = c.args.get('type');
    const v = node ? ev.evaluate(node) : null;
    if (v?.kind === 'str' && isFullyKnown(v)) types.add(textOf(v.pieces));
    else if (node) return undefined;
  }
  return types.size === 1 ? [...types][0] : undefined;
}

/**
 * Names `wrong` is a typo of: closeMatches is generous (it finds renamed constants), but a
 * team name one or two letters from another is often a different team (`ml-team` and
 * `nlp-team`), so here a typo is one edit per six characters (a swap counts as one).
 */
function typosOf(wrong: string, candidates: readonly string[]): string[] {
  const lw = wrong.toLowerCase();
  return closeMatches(wrong, candidates).filter((c) => {
    const lc = c.toLowerCase();
    const max = Math.max(1, Math.floor(Math.max(lw.length, lc.length) / 6));
    return editDistance(lw, lc, max) <= max;
  });
}
