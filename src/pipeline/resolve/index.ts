/**
 * The resolve stage: mentions → actors and places with ids that are stable across articles and runs.
 */
export { resolveArticle, initialsOf, surnameKeys } from './resolve-article.js';
export type { ResolveOptions, ResolvedArticle } from './resolve-article.js';
export { createResolveState } from './resolve-state.js';
export type { ResolveState } from './resolve-state.js';
export { actorId, placeId, slugify } from './ids.js';
