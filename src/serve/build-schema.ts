import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../db/config.js';
import { AppError } from '../errors.js';
import { createBoundedReadRows } from './bounded-read-rows.js';
import { attachCostRules, costRulesFor, QUERY_TIMEOUT_MS } from './limits.js';
import { resolveMissingNodeFields } from './question/node-fields.js';
import { questionResolvers } from './question/resolvers.js';

type Neo4jResolvers = NonNullable<ConstructorParameters<typeof Neo4jGraphQL>[0]['resolvers']>;

/** The type definitions file at the project root. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

export interface BuildSchemaOptions {
  /**
   * HS256 secret that signs the JWTs allowed to run mutations. Without one, a random secret nobody knows
   * is used, so every mutation is refused.
   */
  jwtSecret?: string;
  /** Deadline of each question-field transaction (default QUERY_TIMEOUT_MS). */
  queryTimeoutMs?: number;
}

/**
 * The executable GraphQL schema: schema.graphql through @neo4j/graphql 7 (generated queries, filters,
 * sorting, pagination, JWT-guarded mutations), plus the question resolvers over cypher/query/, with the
 * cost rules of src/serve/limits.ts attached.
 */
export async function buildSchema(driver: Driver, options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  let typeDefs: string;
  try {
    typeDefs = readFileSync(SCHEMA_FILE, 'utf8');
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `Cannot read ${SCHEMA_FILE}; restore it from git.`, { cause });
  }
  const secret =
    options.jwtSecret !== undefined && options.jwtSecret !== '' ? options.jwtSecret : unguessable();
  const resolvers = questionResolvers(
    createBoundedReadRows(driver, options.queryTimeoutMs ?? QUERY_TIMEOUT_MS),
  );
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: resolvers as unknown as Neo4jResolvers,
    features: {
      authorization: { key: secret, verifyOptions: { algorithms: ['HS256'] } },
      complexityEstimators: true,
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const schema = await neoSchema.getSchema();
  resolveMissingNodeFields(schema, new Set(['corroboration']), { Article: ['text'] });
  attachCostRules(schema, costRulesFor(typeDefs));
  return schema;
}

function unguessable(): string {
  return randomBytes(48).toString('base64url');
}
