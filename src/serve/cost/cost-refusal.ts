import type { OperationCost } from './estimate-cost.js';

/** The limits one operation must keep to. */
export interface CostLimits {
  maxCost: number;
  maxDepth: number;
  /** Field selections after fragment expansion (aliases included). */
  maxFields: number;
  maxSpreads: number;
  /** Comparisons in one filter. */
  maxFilterTerms: number;
  /** AND / OR / NOT / relationship-filter nesting of one filter. */
  maxFilterDepth: number;
}

/** Why an operation is refused: an `extensions.code` and a message that says what to reduce. */
export interface CostRefusal {
  code: 'QUERY_TOO_COSTLY' | 'QUERY_TOO_COMPLEX' | 'FRAGMENT_CYCLE';
  message: string;
}

const shown = (n: number): string =>
  n > 1e9 ? 'more than 1,000,000,000' : Math.round(n).toLocaleString('en');

/** The first limit `cost` breaks, or undefined when the operation may run. */
export function costRefusal(cost: OperationCost, limits: CostLimits): CostRefusal | undefined {
  if (cost.cycle !== undefined) {
    return {
      code: 'FRAGMENT_CYCLE',
      message: `Fragment "${cost.cycle}" spreads itself; a fragment may not include itself, directly or through another.`,
    };
  }
  if (cost.spreads > limits.maxSpreads) {
    return {
      code: 'QUERY_TOO_COMPLEX',
      message: `This query spreads fragments ${cost.spreads} times, more than the ${limits.maxSpreads} allowed; inline or merge fragments.`,
    };
  }
  if (cost.fields > limits.maxFields) {
    return {
      code: 'QUERY_TOO_COMPLEX',
      message: `This query selects ${shown(cost.fields)} fields once fragments are expanded, more than the ${limits.maxFields} allowed; ask for fewer fields or fewer aliased copies.`,
    };
  }
  if (cost.depth > limits.maxDepth) {
    return {
      code: 'QUERY_TOO_COMPLEX',
      message: `This query nests ${cost.depth} levels deep, more than the ${limits.maxDepth} allowed (exceeds maximum operation depth); ask for fewer nested selections.`,
    };
  }
  if (cost.filterTerms > limits.maxFilterTerms) {
    return {
      code: 'QUERY_TOO_COSTLY',
      message: `A filter has ${cost.filterTerms} conditions, more than the ${limits.maxFilterTerms} allowed; use \`in: [...]\` for a list of values, or split the query.`,
    };
  }
  if (cost.filterDepth > limits.maxFilterDepth) {
    return {
      code: 'QUERY_TOO_COSTLY',
      message: `A filter nests AND / OR / NOT ${cost.filterDepth} levels deep, more than the ${limits.maxFilterDepth} allowed; flatten it.`,
    };
  }
  if (cost.cost > limits.maxCost) {
    const part =
      cost.biggest === undefined
        ? ''
        : ` Most of it is \`${cost.biggest.field}\` (${shown(cost.biggest.cost)}).`;
    return {
      code: 'QUERY_TOO_COSTLY',
      message:
        `This query would cost ${shown(cost.cost)}, more than the ${limits.maxCost.toLocaleString('en')} allowed.${part} ` +
        'Every list counts its page (limit or first; 50 when not given) and nested lists multiply: ask for smaller pages, fewer nested lists, fewer aliased question fields or shorter filters.',
    };
  }
  return undefined;
}
