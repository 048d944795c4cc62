import type { DocumentNode, GraphQLSchema } from 'graphql';
import questionCosts from './cost/data/question-costs.json' with { type: 'json' };
import type { CostLimits } from './cost/cost-refusal.js';
import { estimateCost, type CostRules } from './cost/estimate-cost.js';
import { readPageLimits } from './cost/page-limits.js';

/** How deeply selections may nest (introspection fields are not counted). */
export const MAX_QUERY_DEPTH = 12;
/**
 * The most work one operation may ask for, in cost units (about one node row each, nesting multiplied out):
 * `articles(limit: 200) { title text }` costs 200; `actors { mentionedIn { id } }` costs 50 × 51 = 2,550;
 * `actors(limit: 200) { claims(limit: 200) { text } }` costs 40,200 and is refused.
 */
export const MAX_QUERY_COST = 20_000;
/** The old name of MAX_QUERY_COST. */
export const MAX_QUERY_COMPLEXITY = MAX_QUERY_COST;
/** Operations costing this much or more are heavy: only MAX_HEAVY_REQUESTS of them run at once. */
export const HEAVY_QUERY_COST = 5_000;
export const MAX_HEAVY_REQUESTS = 2;
/** How long a heavy request waits for a place before it is refused with SERVER_BUSY. */
export const HEAVY_WAIT_MS = 5_000;
/** The largest request body accepted, as the error message names it. */
export const MAX_BODY_SIZE = '256kb';
/** MAX_BODY_SIZE in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;
/** The most tokens a document may have (graphql-js stops parsing beyond it). */
export const MAX_TOKENS = 10_000;
/**
 * Default deadline of each database transaction the API runs, shorter than the database's own 60 s
 * (QUERY_TIMEOUT_MS overrides it).
 */
export const QUERY_TIMEOUT_MS = 15_000;

/** The limits every operation is held to. */
export const COST_LIMITS: CostLimits = {
  maxCost: MAX_QUERY_COST,
  maxDepth: MAX_QUERY_DEPTH,
  maxFields: 2_000,
  maxSpreads: 200,
  maxFilterTerms: 100,
  maxFilterDepth: 8,
};

/** The page of a node type without `@limit` (@neo4j/graphql would return every node). */
const UNLIMITED_PAGE = { default: 1_000, max: 1_000 };

/**
 * The cost rules of the API: page sizes from the `@limit` directives of `typeDefs`, and the measured weights of
 * the question fields (src/serve/cost/data/question-costs.json).
 */
export function costRulesFor(typeDefs: string): CostRules {
  return {
    pageLimits: readPageLimits(typeDefs),
    fallbackPage: UNLIMITED_PAGE,
    fields: questionCosts.fields,
    otherListPage: questionCosts.otherListPage,
    filter: { predicateCost: 20, inItemCost: 2, relatedPage: 50 },
  };
}

const RULES_KEY = 'palmyraCostRules';

/** Attaches the cost rules to a schema, so everything that holds the schema can cost its operations. */
export function attachCostRules(schema: GraphQLSchema, rules: CostRules): void {
  (schema.extensions as Record<string, unknown>)[RULES_KEY] = rules;
}

/** The cost rules attached by attachCostRules (buildSchema attaches them); default rules otherwise. */
export function costRulesOf(schema: GraphQLSchema): CostRules {
  const rules = (schema.extensions as Record<string, unknown>)[RULES_KEY] as CostRules | undefined;
  return rules ?? costRulesFor('scalar Unused');
}

/** The cost of an operation under the schema's cost rules (0 when the operation is not in the document). */
export function operationComplexity(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return estimateCost(schema, query, costRulesOf(schema), variables, operationName)?.cost ?? 0;
}
