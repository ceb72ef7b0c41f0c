// Our own small AST, built once from the lezer tree (compile.ts). Evaluating plain
// objects is faster than re-walking lezer cursors, and it is where we repair the two
// places the lezer grammar disagrees with CPython (`not` precedence, comparison chains).

import type { PyValue } from '../values/objects';

export interface Pos {
  line: number;
  col: number;
}

export type Expr = Pos &
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
    | { k: 'NamedExpr'; target: string; value: Expr }
    | { k: 'Yield'; value?: Expr }
    | { k: 'YieldFrom'; value: Expr }
    | { k: 'Unsupported'; what: string }
  );

/** An annotation: its expression, and its source text (the value under `from __future__ import annotations`). */
export interface Annotation {
  expr: Expr;
  text: string;
}

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
  /** Before a `/` marker. */
  posonly?: boolean;
  default?: Expr;
  annotation?: Annotation;
}

/** Which names a function (or comprehension) binds locally, fixed at compile time as in CPython. */
export interface ScopeInfo {
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** Class bodies and comprehensions resolve names differently from functions. */
  kind?: 'function' | 'class' | 'comp';
  /** The body has `name: T` annotations (a module or class then gets `__annotations__`). */
  hasAnnotations?: boolean;
}

export interface FunctionInfo extends ScopeInfo {
  name: string;
  qualname: string;
  params: Param[];
  body: Stmt[];
  /** Lambdas evaluate one expression. */
  expr?: Expr;
  line: number;
  /** The body contains `yield`: calling it makes a generator. */
  isGenerator?: boolean;
  /** Some parameter or the return is annotated. */
  annotated?: boolean;
  returns?: Annotation;
  /** The docstring (a string literal as the first statement). */
  doc?: string;
}

export interface Handler extends Pos {
  type?: Expr;
  name?: string;
  body: Stmt[];
}

/** A `case` pattern (PEP 634). */
export type Pattern = Pos &
  (
    | { k: 'Value'; value: Expr }
    | { k: 'Singleton'; value: null | boolean }
    | { k: 'Capture'; name: string | null }
    | { k: 'Star'; name: string | null }
    | { k: 'Sequence'; items: Pattern[] }
    | { k: 'Mapping'; keys: Expr[]; values: Pattern[]; rest?: string }
    | { k: 'Class'; cls: Expr; args: Pattern[]; kwNames: string[]; kwPats: Pattern[] }
    | { k: 'Or'; alts: Pattern[] }
    | { k: 'As'; pattern: Pattern; name: string }
  );

export interface MatchCase {
  pattern: Pattern;
  guard?: Expr;
  body: Stmt[];
}

export type Stmt = Pos &
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
    | { k: 'FunctionDef'; fn: FunctionInfo; decorators: Expr[] }
    | {
        k: 'ClassDef';
        name: string;
        qualname: string;
        bases: Arg[];
        body: Stmt[];
        decorators: Expr[];
        scope: ScopeInfo;
        doc?: string;
      }
    | { k: 'AnnAssign'; target: Expr; annotation: Annotation; value?: Expr; simple: boolean }
    | { k: 'Match'; subject: Expr; cases: MatchCase[] }
    | { k: 'Unsupported'; what: string }
  );

export interface Module {
  body: Stmt[];
  source: string;
  lines: string[];
  /** `from __future__ import annotations`: annotations are kept as strings, never evaluated. */
  futureAnnotations?: boolean;
  hasAnnotations?: boolean;
}
