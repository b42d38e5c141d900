export { Container } from './container.js';
export { CircularDependencyError, MissingDependencyError } from './dependency-errors.js';
export type { Provider } from './provider.js';
