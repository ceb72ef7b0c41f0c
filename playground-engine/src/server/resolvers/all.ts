// Every resolver in one table, for the full API (index.ts) and for the type checker: each
// operation of the protocol has its resolver, eager or on demand; a missing one is a type
// error here. The server itself loads the on-demand half only when it is asked (handlers.ts).
import type { Resolvers } from '../resolver';
import { eagerResolvers } from './eager';
import { onDemandResolvers } from './onDemand';

export const resolvers = { ...eagerResolvers, ...onDemandResolvers } satisfies Resolvers;
