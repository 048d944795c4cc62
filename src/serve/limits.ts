import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { getNullableType, GraphQLError, isListType, type GraphQLSchema, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** How deeply selections may nest (introspection fields are not counted). */
export const MAX_QUERY_DEPTH = 12;
/**
 * The most work one operation may ask for. A list field costs its selection times its `limit`/`first`
 * (1 when not given), plus one; every other field costs one. `articles(limit: 200) { title text }` costs
 * 401; `actors(limit: 200) { claims(limit: 200) { text } }` costs 40,201 and is refused.
 */
export const MAX_QUERY_COMPLEXITY = 5000;
/** The largest request body accepted. */
export const MAX_BODY_SIZE = '256kb';

/** How many items a question field (whoClaimedCredit, search …) is assumed to return when costing a query. */
export const QUESTION_LIST_ESTIMATE = 20;

/**
 * Gives the list-returning fields of `Query` that @neo4j/graphql did not generate (the question fields) a cost
 * of their selection times `QUESTION_LIST_ESTIMATE`, so nesting lists under them is costed like a page of that size.
 */
export function costQuestionLists(schema: GraphQLSchema, fieldNames: readonly string[]): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of fieldNames) {
    const field = fields[name];
    if (field === undefined || !isListType(getNullableType(field.type))) continue;
    field.extensions = {
      ...field.extensions,
      complexity: ({ childComplexity }: { childComplexity: number }) =>
        1 + childComplexity * QUESTION_LIST_ESTIMATE,
    };
  }
}

/** The validation rule that refuses operations nested deeper than `maxDepth`. */
export function depthLimitRule(maxDepth: number = MAX_QUERY_DEPTH): ValidationRule {
  return depthLimit(maxDepth) as ValidationRule;
}

/** The complexity of an operation, with the estimators @neo4j/graphql attaches to its list fields. */
export function operationComplexity(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    ...(operationName === undefined ? {} : { operationName }),
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** An Apollo Server plugin that refuses operations costing more than `max` before they run. */
export function complexityLimitPlugin(
  schema: GraphQLSchema,
  max: number = MAX_QUERY_COMPLEXITY,
): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const complexity = operationComplexity(
            schema,
            document,
            request.variables ?? {},
            request.operationName ?? undefined,
          );
          if (complexity > max) {
            throw new GraphQLError(
              `This query would cost ${complexity}, more than the ${max} allowed; ask for smaller pages (limit, first) or fewer nested lists.`,
              {
                extensions: { code: 'BAD_USER_INPUT', complexity, maxComplexity: max, http: { status: 400 } },
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
