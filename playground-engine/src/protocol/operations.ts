// Every operation of the protocol, by name: the eager half (what a first Run sends) and the
// on-demand half. Tests and types read this table; code that sends or answers a request
// looks its operation up with operationNamed (documents.ts), which keeps the on-demand half
// out of a first Run.
import { eagerOperations } from './eager';
import { onDemandOperations } from './onDemand';

export const operations = { ...eagerOperations, ...onDemandOperations };
