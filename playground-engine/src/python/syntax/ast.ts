// Our own small AST, built once from the lezer tree (compile.ts). Evaluating plain
// objects is faster than re-walking lezer cursors, and it is where we repair the two
// places the lezer grammar disagrees with CPython (`not` precedence, comparison chains).

import type { PyValue } from '../values/objects';

export interface Pos {
  line: number;
  col: number;
}

/** Set by syntax/sync.ts: true when evaluating this node can never call a function. */
export interface SyncFlag {
  sync?: boolean;
}

export type Expr = Pos &
  SyncFlag &
  (
    | { k: 'Name'; id: string }
    | { k: 'Const'; value: PyValue }
    | { k: 'FString'; parts: FPart[] }
    | { k: 'List' | 'Tuple' | 'Set'; elts: Expr[] }
    | { k: 'Dict'; items: DictItem[] }
    | { k: 'Starred'; value: Expr }
    | { k: 'BinOp'; op: string; left: Expr; right: Expr }
    | { k: 'UnaryOp'; op: '-' | '+' | '~' | 'not'; operand: Expr }
    | { k: 'BoolOp'; op: 'and' | 'or'; left: Expr; right: Expr }
    | { k: 'Compare'; left: Expr; ops: string[]; comparators: Expr[] }
    | { k: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
    | { k: 'Call'; func: Expr; args: Arg[] }
    | { k: 'Attribute'; value: Expr; attr: string }
    | { k: 'Subscript'; value: Expr; index: Expr }
    | { k: 'Slice'; lower?: Expr; upper?: Expr; step?: Expr }
    | { k: 'Lambda'; fn: FunctionInfo }
    | {
        k: 'Comp';
        kind: 'list' | 'set' | 'dict' | 'gen';
        elt: Expr;
        value?: Expr;
        gens: CompFor[];
        scope: ScopeInfo;
      }
    | { k: 'Unsupported'; what: string }
  );

export type FPart =
  | string
  | { expr: Expr; conv?: 's' | 'r' | 'a'; spec?: FPart[]; selfDoc?: string };

export type DictItem = { key: Expr; value: Expr } | { spread: Expr };

export type Arg =
  | { kind: 'pos'; value: Expr }
  | { kind: 'star'; value: Expr }
  | { kind: 'kw'; name: string; value: Expr }
  | { kind: 'dstar'; value: Expr };

export interface CompFor {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export interface Param {
  name: string;
  kind: 'pos' | 'varargs' | 'kwonly' | 'varkw';
  default?: Expr;
}

/** Which names a function (or comprehension) binds locally, fixed at compile time as in CPython. */
export interface ScopeInfo {
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
}

export interface FunctionInfo extends ScopeInfo {
  name: string;
  qualname: string;
  params: Param[];
  body: Stmt[];
  /** Lambdas evaluate one expression. */
  expr?: Expr;
  line: number;
}

export interface Handler extends Pos {
  type?: Expr;
  name?: string;
  body: Stmt[];
}

export type Stmt = Pos &
  SyncFlag &
  (
    | { k: 'Expr'; value: Expr }
    | { k: 'Assign'; targets: Expr[]; value: Expr }
    | { k: 'AugAssign'; target: Expr; op: string; value: Expr }
    | { k: 'Delete'; targets: Expr[] }
    | { k: 'Pass' }
    | { k: 'Break' }
    | { k: 'Continue' }
    | { k: 'Return'; value?: Expr }
    | { k: 'Raise'; exc?: Expr; cause?: Expr }
    | { k: 'Assert'; test: Expr; msg?: Expr }
    | { k: 'Import'; names: { module: string; asname?: string }[] }
    | { k: 'ImportFrom'; module: string; names: { name: string; asname?: string }[] }
    | { k: 'Global' | 'Nonlocal'; names: string[] }
    | { k: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: 'With'; items: { ctx: Expr; target?: Expr }[]; body: Stmt[] }
    | { k: 'Try'; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[] }
    | { k: 'FunctionDef'; fn: FunctionInfo }
    | { k: 'Unsupported'; what: string }
  );

export interface Module {
  body: Stmt[];
  source: string;
  lines: string[];
}
