// `loadWidgets()` (page.ts): the engine's parts that the site's widgets call and a Run never
// does. The simulated Registry App and Artifact browser send their requests through the UI
// client, and the path checker asks the resolver how a target path would resolve. A reader who
// only presses Run does not download them.
export { createUiClient } from './client/uiClient';
export { resolveLinkTarget } from './server/resolveLinkTarget';
