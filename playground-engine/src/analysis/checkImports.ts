// Imports that fail in the playground, flagged before the run: third-party packages
// (torch, numpy, pandas...) raise CPython's ModuleNotFoundError there, because the
// playground simulates W&B and not the training stack; CPython modules the playground
// leaves out raise NotImplementedError. The name lists live with the runtime (names.ts).
import type { SyntaxNode, Tree } from '@lezer/common';
import { importKind } from '../python/modules/names';
import { pyRepr } from '../text/pyRepr';
import type { Diagnostic } from './types';

interface ModuleRef {
  name: string;
  from: number;
  to: number;
}

/** The modules an import statement names: `import a.b as c, d` → a.b, d; `from a.b import x` → a.b. */
function importedModules(n: SyntaxNode, code: string): ModuleRef[] {
  const out: ModuleRef[] = [];
  let cur: SyntaxNode[] = [];
  let done = false;
  const flush = () => {
    if (cur.length) {
      const from = cur[0].from;
      const to = cur[cur.length - 1].to;
      out.push({ name: code.slice(from, to).replace(/\s+/g, ''), from, to });
    }
    cur = [];
  };
  const isFrom = n.firstChild?.name === 'from';
  for (let c = n.firstChild?.nextSibling ?? null; c; c = c.nextSibling) {
    if (isFrom) {
      if (c.name === 'import') break;
      // A relative import (`from . import x`) is the snippet's own package: not checked.
      if (c.name === '.' && cur.length === 0) return [];
      if (c.name === 'VariableName' || c.name === '.') cur.push(c);
      continue;
    }
    if (c.name === ',') {
      flush();
      done = false;
    } else if (c.name === 'as') done = true;
    else if (!done && (c.name === 'VariableName' || c.name === '.')) cur.push(c);
  }
  flush();
  return out;
}

export function checkImports(tree: Tree, code: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  tree.iterate({
    enter: (ref) => {
      if (ref.name !== 'ImportStatement') return;
      for (const m of importedModules(ref.node, code)) {
        const kind = importKind(m.name);
        if (kind === 'supported') continue;
        const top = m.name.split('.')[0];
        out.push(
          kind === 'third-party'
            ? {
                severity: 'error',
                code: 'third-party-import',
                message: `No module named ${pyRepr(top)}: the playground simulates W&B, not the training stack. Keep the wandb calls and write a small file where the model would be saved.`,
                from: m.from,
                to: m.to,
              }
            : {
                severity: 'error',
                code: 'unsupported-module',
                // A wandb submodule the binding leaves out is named whole, as the runtime does.
                message: `not supported in the playground: the ${top === 'wandb' ? m.name : top} module`,
                from: m.from,
                to: m.to,
              },
        );
      }
      return false;
    },
  });
  return out;
}
