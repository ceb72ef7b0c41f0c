// Public API of playground-engine. Tests, benches and the site import only from here.
export { SimError, isSimError } from './rules/errors';
