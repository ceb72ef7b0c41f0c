// Name binding for a snippet, statically: which names each scope binds, every use of a
// name, and what a use resolves to. Conservative on purpose: anything assigned on some path
// counts as defined, so a warning means the name truly cannot have a value there.
import type { SyntaxNode, Tree } from '@lezer/common';
import { PYTHON_BUILTINS } from './builtins';

export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

export interface Scope {
  kind: ScopeKind;
  parent: Scope | null;
  bindings: Map<string, Binding[]>;
}

export interface Binding {
  name: string;
  scope: Scope;
  /** Where the name starts to have a value (after the whole assignment statement). */
  pos: number;
  /** The name token that binds it. */
  from: number;
  to: number;
  /** `global`/`nonlocal` or type params: valid anywhere in the scope. */
  unordered: boolean;
  /** Loops (by start offset) around the binding: a later binding in the same loop can reach an earlier use. */
  loops: readonly number[];
  /** For `NAME = <expr>` with one plain target: the value expression. */
  value?: SyntaxNode;
}

export interface Use {
  name: string;
  from: number;
  to: number;
  scope: Scope;
  loops: readonly number[];
  /** Inside a parse-error region: the user is mid-typing, so do not report it. */
  inError: boolean;
}

export interface ScopeInfo {
  module: Scope;
  uses: Use[];
  /** All bindings of a name anywhere in the snippet. */
  all: Map<string, Binding[]>;
  /** `from x import *` makes every name possibly defined. */
  starImport: boolean;
  /** Resolve a use: the visible binding, or why there is none. */
  resolve(use: Use): Resolution;
}

export type Resolution =
  | { kind: 'bound'; bindings: Binding[]; ordered: boolean }
  | { kind: 'builtin' }
  | { kind: 'undefined' }
  /** Bound in the module only after this (module-level) use. */
  | { kind: 'later'; bindings: Binding[] };

interface Ctx {
  scope: Scope;
  loops: readonly number[];
  inError: boolean;
  depth: number;
}

/** Deeper nesting than this is not walked (fuzzed input can nest thousands deep). */
const MAX_DEPTH = 400;

const COMPREHENSIONS = new Set([
  'ArrayComprehensionExpression',
  'DictionaryComprehensionExpression',
  'SetComprehensionExpression',
  'ComprehensionExpression',
]);

const children = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};

export function collectScopes(tree: Tree, code: string): ScopeInfo {
  const module: Scope = { kind: 'module', parent: null, bindings: new Map() };
  const uses: Use[] = [];
  const all = new Map<string, Binding[]>();
  let starImport = false;
  const text = (n: SyntaxNode) => code.slice(n.from, n.to);

  const newScope = (kind: ScopeKind, parent: Scope): Scope => ({
    kind,
    parent,
    bindings: new Map(),
  });

  const bindName = (
    n: SyntaxNode,
    ctx: Ctx,
    pos: number,
    extra: { unordered?: boolean; value?: SyntaxNode; scope?: Scope } = {},
  ) => {
    const name = text(n);
    if (!name) return;
    const scope = extra.scope ?? ctx.scope;
    const b: Binding = {
      name,
      scope,
      pos,
      from: n.from,
      to: n.to,
      unordered: extra.unordered ?? false,
      loops: ctx.loops,
      value: extra.value,
    };
    push(scope.bindings, name, b);
    push(all, name, b);
  };

  const use = (n: SyntaxNode, ctx: Ctx) => {
    uses.push({
      name: text(n),
      from: n.from,
      to: n.to,
      scope: ctx.scope,
      loops: ctx.loops,
      inError: ctx.inError,
    });
  };

  const deeper = (ctx: Ctx, patch: Partial<Ctx> = {}): Ctx => ({
    ...ctx,
    ...patch,
    depth: ctx.depth + 1,
  });

  /** Bind the names an assignment target introduces; visit the rest as uses. */
  const bindTarget = (n: SyntaxNode, ctx: Ctx, pos: number, value?: SyntaxNode) => {
    if (ctx.depth > MAX_DEPTH) return;
    switch (n.name) {
      case 'VariableName':
        bindName(n, ctx, pos, { value });
        return;
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'ParenthesizedExpression':
        for (const c of children(n)) bindTarget(c, deeper(ctx), pos);
        return;
      default:
        if (n.type.isError) visit(n, deeper(ctx, { inError: true }));
        else if (isPunctuation(n)) return;
        else visit(n, deeper(ctx));
    }
  };

  const visitAll = (nodes: SyntaxNode[], ctx: Ctx) => {
    for (const c of nodes) visit(c, ctx);
  };

  const visit = (n: SyntaxNode, ctx: Ctx): void => {
    if (ctx.depth > MAX_DEPTH) return;
    if (n.type.isError) ctx = { ...ctx, inError: true };
    const kids = () => children(n);
    switch (n.name) {
      case 'VariableName':
        use(n, ctx);
        return;
      case 'AssignStatement': {
        const cs = kids();
        const groups: SyntaxNode[][] = [[]];
        for (const c of cs) {
          if (c.name === 'AssignOp') groups.push([]);
          else if (c.name === 'TypeDef') visit(c, deeper(ctx));
          else groups[groups.length - 1].push(c);
        }
        if (groups.length === 1) {
          visitAll(groups[0], deeper(ctx));
          return;
        } // `x: int`
        const value = groups[groups.length - 1];
        visitAll(value, deeper(ctx));
        const targets = groups.slice(0, -1);
        const simpleValue = value.length === 1 ? value[0] : undefined;
        const single =
          targets.length === 1 && targets[0].length === 1 && targets[0][0].name === 'VariableName';
        for (const g of targets) {
          for (const t of g) bindTarget(t, deeper(ctx), n.to, single ? simpleValue : undefined);
        }
        return;
      }
      case 'UpdateStatement': {
        const [target, ...rest] = kids();
        if (target) {
          visit(target, deeper(ctx));
          if (target.name === 'VariableName') bindName(target, ctx, n.to);
        }
        visitAll(rest, deeper(ctx));
        return;
      }
      case 'NamedExpression': {
        const [target, , ...rest] = kids();
        visitAll(rest, deeper(ctx));
        if (target?.name === 'VariableName') {
          let scope = ctx.scope;
          while (scope.kind === 'comprehension' && scope.parent) scope = scope.parent;
          bindName(target, ctx, n.to, { scope });
        } else if (target) visit(target, deeper(ctx));
        return;
      }
      case 'ForStatement': {
        visitFor(n, ctx);
        return;
      }
      case 'WhileStatement': {
        visitAll(kids(), deeper(ctx, { loops: [...ctx.loops, n.from] }));
        return;
      }
      case 'WithStatement':
      case 'TryStatement': {
        for (const c of kids()) {
          if (c.name === 'VariableName' && c.prevSibling?.name === 'as') bindName(c, ctx, c.to);
          else visit(c, deeper(ctx));
        }
        return;
      }
      case 'ImportStatement': {
        visitImport(n, ctx);
        return;
      }
      case 'DecoratedStatement': {
        visitAll(kids(), deeper(ctx));
        return;
      }
      case 'Decorator': {
        for (const c of kids()) {
          if (c.name === 'VariableName' && c.prevSibling?.name === '.') continue;
          visit(c, deeper(ctx));
        }
        return;
      }
      case 'FunctionDefinition': {
        visitFunction(n, ctx);
        return;
      }
      case 'LambdaExpression': {
        const scope = newScope('lambda', ctx.scope);
        for (const c of kids()) {
          if (c.name === 'ParamList') visitParams(c, ctx, scope);
          else visit(c, deeper(ctx, { scope }));
        }
        return;
      }
      case 'ClassDefinition': {
        const scope = newScope('class', ctx.scope);
        for (const c of kids()) {
          if (c.name === 'VariableName') bindName(c, ctx, n.to);
          else if (c.name === 'Body') visit(c, deeper(ctx, { scope }));
          else visit(c, deeper(ctx));
        }
        return;
      }
      case 'ArgList': {
        for (const c of kids()) {
          const next = c.nextSibling;
          if (c.name === 'VariableName' && next?.name === 'AssignOp') {
            // `name=value` is a keyword, `name := value` a binding.
            if (text(next) === ':=') bindName(c, ctx, next.to);
            continue;
          }
          visit(c, deeper(ctx));
        }
        return;
      }
      case 'ScopeStatement': {
        const isGlobal = n.firstChild?.name === 'global';
        for (const c of kids()) {
          if (c.name !== 'VariableName') continue;
          bindName(c, ctx, c.from, { unordered: true });
          if (isGlobal && ctx.scope !== module) {
            bindName(c, ctx, c.from, { unordered: true, scope: module });
          }
        }
        return;
      }
      case 'TypeDefinition': {
        for (const c of kids()) {
          if (c.name === 'VariableName' && c.prevSibling?.name === 'type') bindName(c, ctx, n.to);
          else visit(c, deeper(ctx));
        }
        return;
      }
      case 'TypeParam': {
        for (const c of kids()) {
          if (c.name === 'VariableName') bindName(c, ctx, c.from, { unordered: true });
          else visit(c, deeper(ctx));
        }
        return;
      }
      case 'CapturePattern':
      case 'AsPattern': {
        for (const c of kids()) {
          if (c.name === 'VariableName') bindName(c, ctx, c.to);
          else visit(c, deeper(ctx));
        }
        return;
      }
      case 'KeywordPattern':
      case 'AttributePattern': {
        // `Cls(attr=pattern)`: attr is not a name; `a.b.c`: only `a` is looked up.
        const cs = kids();
        const first = cs[0];
        if (n.name === 'AttributePattern' && first?.name === 'VariableName') use(first, ctx);
        visitAll(cs.slice(1), deeper(ctx));
        return;
      }
      default:
        if (COMPREHENSIONS.has(n.name)) {
          visitComprehension(n, ctx);
          return;
        }
        {
          visitAll(kids(), deeper(ctx));
          return;
        }
    }
  };

  const visitFor = (n: SyntaxNode, ctx: Ctx) => {
    const cs = children(n);
    const inAt = cs.findIndex((c) => c.name === 'in');
    const forAt = cs.findIndex((c) => c.name === 'for');
    const loopCtx = deeper(ctx, { loops: [...ctx.loops, n.from] });
    if (inAt < 0) {
      visitAll(cs, loopCtx);
      return;
    }
    const rest = cs.slice(inAt + 1);
    const iter = rest.filter((c) => c.name !== 'Body');
    visitAll(iter, deeper(ctx));
    for (const t of cs.slice(forAt + 1, inAt)) bindTarget(t, loopCtx, t.from);
    visitAll(
      rest.filter((c) => c.name === 'Body'),
      loopCtx,
    );
  };

  const visitComprehension = (n: SyntaxNode, ctx: Ctx) => {
    const scope = newScope('comprehension', ctx.scope);
    const inner = deeper(ctx, { scope });
    const cs = children(n);
    const targets = new Set<SyntaxNode>();
    let inTargets = false;
    for (const c of cs) {
      if (c.name === 'for') inTargets = true;
      else if (c.name === 'in') inTargets = false;
      else if (inTargets) targets.add(c);
    }
    // Targets first: the element expression comes before its `for` in the text.
    for (const t of targets) bindTarget(t, inner, n.from);
    for (const c of cs) if (!targets.has(c)) visit(c, inner);
  };

  const visitImport = (n: SyntaxNode, ctx: Ctx) => {
    const cs = children(n);
    const importAt = cs.findIndex((c) => c.name === 'import');
    const isFrom = cs[0]?.name === 'from';
    const items = cs.slice(importAt + 1);
    if (isFrom && items.some((c) => c.name === '*')) starImport = true;
    // Split `a.b.c as d, e` into comma-separated items.
    let item: SyntaxNode[] = [];
    const flush = () => {
      const names = item.filter((c) => c.name === 'VariableName');
      const asAt = item.findIndex((c) => c.name === 'as');
      const bound = asAt >= 0 ? item[asAt + 1] : names[0];
      if (bound?.name === 'VariableName') bindName(bound, ctx, n.to);
      item = [];
    };
    for (const c of items) {
      if (c.name === ',' || c.name === '(' || c.name === ')') flush();
      else if (c.type.isError) continue;
      else item.push(c);
    }
    flush();
  };

  const visitParams = (list: SyntaxNode, outer: Ctx, scope: Scope) => {
    for (const c of children(list)) {
      if (c.name === 'VariableName' && c.prevSibling?.name !== 'AssignOp') {
        bindName(c, outer, list.from, { scope, unordered: true });
      } else if (c.name !== 'VariableName' || c.prevSibling?.name === 'AssignOp') {
        // Defaults and annotations are evaluated where the function is defined.
        visit(c, deeper(outer));
      }
    }
  };

  const visitFunction = (n: SyntaxNode, ctx: Ctx) => {
    const scope = newScope('function', ctx.scope);
    for (const c of children(n)) {
      if (c.name === 'VariableName') bindName(c, ctx, n.to);
      else if (c.name === 'ParamList') visitParams(c, ctx, scope);
      else if (c.name === 'Body') visit(c, deeper(ctx, { scope, loops: [] }));
      else if (c.name === 'TypeParamList') visit(c, deeper(ctx, { scope }));
      else visit(c, deeper(ctx));
    }
  };

  visit(tree.topNode, { scope: module, loops: [], inError: false, depth: 0 });

  const resolve = (u: Use): Resolution => {
    let ordered = true;
    for (let s: Scope | null = u.scope; s; s = s.parent) {
      // A class body's names are not visible from functions nested in it.
      if (s.kind === 'class' && s !== u.scope) continue;
      const bs = s.bindings.get(u.name);
      if (bs && bs.length > 0) {
        if (s.kind !== 'module' || !ordered) return { kind: 'bound', bindings: bs, ordered: false };
        const ok = bs.filter((b) => b.unordered || b.pos <= u.from || shareLoop(b.loops, u.loops));
        if (ok.length > 0) return { kind: 'bound', bindings: ok, ordered: true };
        return { kind: 'later', bindings: bs };
      }
      if (s.kind === 'function' || s.kind === 'lambda') ordered = false;
    }
    return PYTHON_BUILTINS.has(u.name) ? { kind: 'builtin' } : { kind: 'undefined' };
  };

  return { module, uses, all, starImport, resolve };
}

const shareLoop = (a: readonly number[], b: readonly number[]) => a.some((x) => b.includes(x));

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const isPunctuation = (n: SyntaxNode) => /^[()[\]{},*]$|^\*\*$/.test(n.name);
