/** How a filter (`where`) is weighed. */
export interface FilterRules {
  /** Cost of one comparison (`eq`, `startsWith`, `gt` …): evaluated against every candidate node. */
  predicateCost: number;
  /** Cost of one value of an `in` list (one index seek or comparison each). */
  inItemCost: number;
  /** How many nodes a relationship filter (`some`, `all`, `none`, `single`) looks at per candidate. */
  relatedPage: number;
}

/** The weight of one filter. */
export interface FilterWeight {
  /** Cost units the filter adds, per evaluation. */
  cost: number;
  /** Comparisons and `in` lists, counted once each. */
  terms: number;
  /** How deeply AND / OR / NOT and relationship filters nest. */
  depth: number;
}

const BOOLEAN_LISTS = new Set(['AND', 'OR']);
const RELATED = new Set(['some', 'all', 'none', 'single']);

/**
 * Weighs a filter value (variables already substituted): each comparison costs `predicateCost`, an `in` list
 * its length times `inItemCost`, AND / OR arrays the sum of their members, and a relationship filter its inner
 * weight times `relatedPage` (it is evaluated for every related node). Runs in time linear in the value.
 */
export function filterWeight(value: unknown, rules: FilterRules): FilterWeight {
  if (typeof value !== 'object' || value === null) return { cost: 0, terms: 0, depth: 0 };
  if (Array.isArray(value)) return sum(value.map((item) => filterWeight(item, rules)));
  const parts: FilterWeight[] = [];
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (BOOLEAN_LISTS.has(key) || key === 'NOT') {
      const weight = filterWeight(inner, rules);
      parts.push({ ...weight, depth: weight.depth + 1 });
    } else if (RELATED.has(key)) {
      const weight = filterWeight(inner, rules);
      parts.push({ cost: weight.cost * rules.relatedPage, terms: weight.terms, depth: weight.depth + 1 });
    } else if (key === 'in' && Array.isArray(inner)) {
      parts.push({ cost: Math.max(1, inner.length) * rules.inItemCost, terms: 1, depth: 0 });
    } else if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
      // A field name (`name: { startsWith: … }`), or `node` / `edge` of a connection filter.
      parts.push(filterWeight(inner, rules));
    } else {
      parts.push({ cost: rules.predicateCost, terms: 1, depth: 0 });
    }
  }
  return sum(parts);
}

function sum(parts: readonly FilterWeight[]): FilterWeight {
  let cost = 0;
  let terms = 0;
  let depth = 0;
  for (const part of parts) {
    cost += part.cost;
    terms += part.terms;
    depth = Math.max(depth, part.depth);
  }
  return { cost, terms, depth };
}
