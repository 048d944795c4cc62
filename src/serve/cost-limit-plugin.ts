import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { costRefusal, type CostLimits } from './cost/cost-refusal.js';
import { estimateCost, type OperationCost } from './cost/estimate-cost.js';
import type { HeavyRequestGate } from './heavy-request-gate.js';
import { costRulesOf } from './limits.js';

export interface CostLimitOptions {
  limits: CostLimits;
  /** Operations costing at least this pass through `gate`. */
  heavyCost: number;
  gate: HeavyRequestGate;
}

/** Costs kept per parsed document: one per operation name and variables, at most this many. */
const COSTS_PER_DOCUMENT = 64;

/**
 * The cost of an operation, computed once per document, operation name and variables. Apollo Server hands
 * every request with the same query text the same parsed document (its document store), so a client that
 * sends the same question again is not costed again; a document that is gone is forgotten with it.
 */
function memoisedCost(
  schema: GraphQLSchema,
  rules: ReturnType<typeof costRulesOf>,
): (
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
) => OperationCost | undefined {
  const byDocument = new WeakMap<DocumentNode, Map<string, OperationCost | undefined>>();
  return (document, variables, operationName) => {
    let costs = byDocument.get(document);
    if (costs === undefined) {
      costs = new Map();
      byDocument.set(document, costs);
    }
    const key = JSON.stringify([operationName ?? null, variables]);
    if (costs.has(key)) return costs.get(key);
    const cost = estimateCost(schema, document, rules, variables, operationName);
    if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value as string);
    costs.set(key, cost);
    return cost;
  };
}

/**
 * An Apollo Server plugin that costs every operation after validation and before anything runs: refuses it with
 * 400 and QUERY_TOO_COSTLY / QUERY_TOO_COMPLEX / FRAGMENT_CYCLE when it breaks a limit, and holds heavy ones at
 * the gate (503 SERVER_BUSY when no place frees up in time).
 */
export function costLimitPlugin(schema: GraphQLSchema, options: CostLimitOptions): ApolloServerPlugin {
  const costOf = memoisedCost(schema, costRulesOf(schema));
  return {
    requestDidStart() {
      let release: (() => void) | undefined;
      return Promise.resolve({
        async didResolveOperation({ request, document }) {
          const cost = costOf(document, request.variables ?? {}, request.operationName);
          if (cost === undefined) return;
          const refusal = costRefusal(cost, options.limits);
          if (refusal !== undefined) {
            throw new GraphQLError(refusal.message, {
              extensions: {
                code: refusal.code,
                cost: Math.min(cost.cost, Number.MAX_SAFE_INTEGER),
                maxCost: options.limits.maxCost,
                http: { status: 400 },
              },
            });
          }
          if (cost.cost < options.heavyCost) return;
          release = await options.gate.enter();
          if (release === undefined) {
            throw new GraphQLError(
              'The server is busy with other large queries; try again in a few seconds, or ask for smaller pages.',
              { extensions: { code: 'SERVER_BUSY', retriable: true, http: { status: 503 } } },
            );
          }
        },
        willSendResponse() {
          release?.();
          release = undefined;
          return Promise.resolve();
        },
      });
    },
  };
}
