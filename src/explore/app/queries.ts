/**
 * Every GraphQL document the page sends, with the shape of its answer, gathered from `queries/` (one file
 * per part of the page). Field names follow the top-level `schema.graphql`; if the schema changes, the
 * files in `queries/` are the ones to update.
 */
export * from './queries/graph-queries.js';
export * from './queries/credit-queries.js';
export * from './queries/subject-queries.js';
export * from './queries/event-claim-detail-queries.js';
export * from './queries/entity-detail-queries.js';
export * from './queries/map-queries.js';
export type * from './queries/shared-shapes.js';
