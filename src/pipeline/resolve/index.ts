/**
 * The resolve stage: mentions → actors and places with ids that are stable across articles and runs.
 */
export { resolveArticle } from './resolve-article.js';
export { initialsOf, surnameKeys } from './name-keys.js';
export type { ResolveOptions, ResolvedArticle } from './resolve-article.js';
export { createResolveState } from './resolve-state.js';
export type { ResolveState } from './resolve-state.js';
export { actorId, placeId, slugify } from './ids.js';
