// How the server answers one operation of the protocol. Variables arrive as JSON from the
// request and are not trusted: a resolver sees each declared variable as `unknown` and
// decodes it (decode.ts); its return type is the operation's Result.
import type { Operation, Operations, ResultOf, VariablesOf } from '../protocol';
import type { World } from '../world/world';

/** The declared variables of an operation, each still unchecked. */
export type RawVariables<O> = { readonly [K in keyof VariablesOf<O>]?: unknown };

export type Resolver<O extends Operation> = (world: World, vars: RawVariables<O>) => ResultOf<O>;

/** One resolver for each operation of `Ops` (an area of the protocol, or all of it). */
export type ResolversOf<Ops> = {
  [K in keyof Ops]: Ops[K] extends Operation ? Resolver<Ops[K]> : never;
};

export type Resolvers = ResolversOf<Operations>;
