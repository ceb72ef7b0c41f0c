// The one loader of the binding's on-demand part (onDemand.ts), which also carries the SDK's
// (sdk/onDemand.ts): the SDK's own loader is pointed at it here, so in a page both layers'
// rarer calls come in one chunk. A method or property that needs it awaits it (the evaluator
// is async, so a bound method may); its signature still binds first, from signatures.ts, so a
// wrong call fails the same way before anything loads.
import { loadSdkOnDemandWith } from '../../sdk/lazy';

export const onDemand = () => import('./onDemand');

loadSdkOnDemandWith(onDemand);
