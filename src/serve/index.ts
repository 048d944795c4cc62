/** The GraphQL API: schema.graphql through @neo4j/graphql 7, question resolvers over cypher/query/, Apollo Server 5. */
export { startServer, type ServerDeps, type RunningServer } from './start-server.js';
export { buildSchema, SCHEMA_FILE, type BuildSchemaOptions } from './build-schema.js';
export {
  MAX_QUERY_DEPTH,
  MAX_QUERY_COST,
  MAX_QUERY_COMPLEXITY,
  MAX_BODY_SIZE,
  COST_LIMITS,
  QUERY_TIMEOUT_MS,
} from './limits.js';
export type { CostLimits } from './cost/cost-refusal.js';
