// The SDK calls whose string arguments the analyser checks, with their arguments bound to
// parameter names the way Python binds them (positional, then keyword).
import type { SyntaxNode, Tree } from '@lezer/common';
import { positionalNames, type Qualname } from '../python/wandb/signatures';

export type CallKind = 'link_artifact' | 'link' | 'log_artifact' | 'Artifact';

/** The real method each call kind is: its parameters come from the binding's own table. */
const METHOD: Record<CallKind, Qualname> = {
  link_artifact: 'Run.link_artifact',
  link: 'Artifact.link',
  log_artifact: 'Run.log_artifact',
  Artifact: 'Artifact.__init__',
};

export interface SdkCall {
  kind: CallKind;
  node: SyntaxNode;
  args: Map<string, SyntaxNode>;
}

export function findSdkCalls(tree: Tree, code: string): SdkCall[] {
  const calls: SdkCall[] = [];
  tree.iterate({
    enter(ref) {
      if (ref.name !== 'CallExpression') return;
      const node = ref.node;
      const kind = callKind(node.firstChild, code);
      const argList = node.lastChild;
      if (kind && argList?.name === 'ArgList') {
        calls.push({ kind, node, args: bindArgs(argList, positionalNames(METHOD[kind]), code) });
      }
    },
  });
  return calls;
}

function callKind(callee: SyntaxNode | null, code: string): CallKind | null {
  if (!callee) return null;
  if (callee.name === 'VariableName') {
    // `from wandb import Artifact`.
    return code.slice(callee.from, callee.to) === 'Artifact' ? 'Artifact' : null;
  }
  if (callee.name !== 'MemberExpression') return null;
  const prop = callee.lastChild;
  if (prop?.name !== 'PropertyName') return null;
  const name = code.slice(prop.from, prop.to);
  const obj = callee.firstChild;
  const objText = obj ? code.slice(obj.from, obj.to) : '';
  switch (name) {
    case 'link_artifact':
    case 'log_artifact':
    case 'Artifact':
      return name;
    case 'link':
      // os.link(src, dst) is a hard link, not Artifact.link.
      return objText === 'os' ? null : 'link';
    default:
      return null;
  }
}

export function bindArgs(
  argList: SyntaxNode,
  params: readonly string[],
  code: string,
): Map<string, SyntaxNode> {
  const args = new Map<string, SyntaxNode>();
  let index = 0;
  let positionalKnown = true;
  for (let c = argList.firstChild; c; c = c.nextSibling) {
    if (c.name === '(' || c.name === ')' || c.name === ',' || c.type.isError) continue;
    if (c.name === '*' || c.name === '**') {
      // After *args, positions are unknown; skip the starred expression itself.
      positionalKnown = false;
      c = c.nextSibling ?? c;
      continue;
    }
    const next = c.nextSibling;
    if (
      c.name === 'VariableName' &&
      next?.name === 'AssignOp' &&
      code.slice(next.from, next.to) === '='
    ) {
      const value = next.nextSibling;
      if (value && !value.type.isError) args.set(code.slice(c.from, c.to), value);
      c = value ?? next;
      continue;
    }
    if (positionalKnown && index < params.length) args.set(params[index], c);
    index++;
  }
  return args;
}
