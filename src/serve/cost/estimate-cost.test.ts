import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costRefusal, type CostLimits } from './cost-refusal.js';
import { estimateCost, type CostRules } from './estimate-cost.js';
import { readPageLimits } from './page-limits.js';

const typeDefs = `
  directive @limit(default: Int, max: Int) on OBJECT
  type Query {
    actors(limit: Int, where: ActorWhere): [Actor!]!
    actorsConnection(first: Int, where: ActorWhere): ActorsConnection!
    neighbourhood(id: ID!, depth: Int): View
    search(text: String!, limit: Int): [Hit!]!
  }
  type Actor @limit(default: 50, max: 200) {
    id: ID!
    name: String
    mentionedIn(limit: Int, where: ArticleWhere): [Article!]!
  }
  type Article @limit(default: 50, max: 200) {
    id: ID!
    mentionedActors(limit: Int): [Actor!]!
  }
  type ActorsConnection { edges: [ActorEdge!]! totalCount: Int! }
  type ActorEdge { node: Actor! }
  type View { nodes: [Hit!]! }
  type Hit { id: ID! related: [Hit!]! }
  input StringFilter { eq: String, startsWith: String, in: [String!] }
  input ActorWhere { name: StringFilter, id: StringFilter, AND: [ActorWhere!], OR: [ActorWhere!], NOT: ActorWhere, mentionedIn: ArticleRel }
  input ArticleRel { some: ArticleWhere }
  input ArticleWhere { id: StringFilter }
`;
const schema = buildSchema(typeDefs);
const rules: CostRules = {
  pageLimits: readPageLimits(typeDefs),
  fallbackPage: { default: 1000, max: 1000 },
  fields: {
    'Query.neighbourhood': { weightByDepth: [100, 400, 900], depthArgument: 'depth', page: 1 },
    'Query.search': { weight: 10, page: 20, pageArgument: 'limit', maxPage: 100 },
    'View.nodes': { weight: 0, page: 150 },
  },
  otherListPage: 10,
  filter: { predicateCost: 20, inItemCost: 2, relatedPage: 50 },
};
const limits: CostLimits = {
  maxCost: 20_000,
  maxDepth: 12,
  maxFields: 2_000,
  maxSpreads: 200,
  maxFilterTerms: 100,
  maxFilterDepth: 8,
};

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const result = estimateCost(schema, parse(query), rules, variables);
  if (result === undefined) throw new Error('no operation');
  return result;
};
const nested = (levels: number): string => {
  let inner = 'id';
  for (let i = levels; i > 0; i -= 1)
    inner = i % 2 === 1 ? `mentionedIn { ${inner} }` : `mentionedActors { ${inner} }`;
  return `{ actors { ${inner} } }`;
};
const orOf = (n: number) => Array.from({ length: n }, () => ({ name: { startsWith: 'zI' } }));

describe('estimateCost', () => {
  it.each([
    ['a scalar costs nothing', '{ neighbourhood(id: "x") { __typename } }', 101],
    ['a list without limit costs its @limit default', '{ actors { id name } }', 50],
    ['a list costs the limit asked for', '{ actors(limit: 3) { id } }', 3],
    ['a limit over @limit max costs the max', '{ actors(limit: 100000) { id } }', 200],
    ['nested lists multiply', '{ actors { mentionedIn { id } } }', 50 * 51],
    [
      'a connection costs its first',
      '{ actorsConnection(first: 10) { edges { node { id } } } }',
      10 * (1 + 1 + 1),
    ],
    [
      'neighbourhood is weighed by depth',
      '{ neighbourhood(id: "x", depth: 3) { nodes { id } } }',
      900 + 1 + 150,
    ],
    [
      'neighbourhood depth beyond the cap costs the cap',
      '{ neighbourhood(id: "x", depth: 99) { __typename } }',
      901,
    ],
    ['a question list with a page argument', '{ search(text: "x", limit: 5) { id } }', 10 + 5],
    [
      'a plain list inside an answer costs otherListPage',
      '{ search(text: "x") { related { id } } }',
      10 + 20 * 11,
    ],
    ['each alias costs again', '{ a: actors { id } b: actors { id } }', 100],
  ])('%s', (_name, query, expected) => {
    expect(cost(query).cost).toBe(expected);
  });

  it('reads limits from variables', () => {
    expect(cost('query ($n: Int) { actors(limit: $n) { id } }', { n: 7 }).cost).toBe(7);
  });

  it('costs the six-level nested list of the issue far over the limit', () => {
    const result = cost(nested(5));
    expect(result.cost).toBeGreaterThan(50 ** 5);
    expect(costRefusal(result, limits)?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('costs a filter by its length, from variables too', () => {
    const small = cost('query ($w: [ActorWhere!]) { actors(where: { OR: $w }) { id } }', { w: orOf(2) });
    const large = cost('query ($w: [ActorWhere!]) { actors(where: { OR: $w }) { id } }', { w: orOf(2000) });
    expect(small.cost).toBe(50 + 2 * 20);
    expect(large.filterTerms).toBe(2000);
    expect(costRefusal(large, limits)?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('costs an in list by its length', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `id-${i}`);
    const result = cost('query ($ids: [String!]) { actors(where: { id: { in: $ids } }) { id } }', { ids });
    expect(result.cost).toBe(50 + 40_000);
    expect(costRefusal(result, limits)?.message).toMatch(/would cost 40,050/);
  });

  it('multiplies a relationship filter by the related page', () => {
    const result = cost('{ actors(where: { mentionedIn: { some: { id: { eq: "a" } } } }) { id } }');
    expect(result.cost).toBe(50 + 20 * 50);
  });

  it('refuses NOT nested 100 deep', () => {
    let where = '{ name: { eq: "x" } }';
    for (let i = 0; i < 100; i += 1) where = `{ NOT: ${where} }`;
    const result = cost(`{ actors(where: ${where}) { id } }`);
    expect(result.filterDepth).toBe(100);
    expect(costRefusal(result, limits)?.message).toMatch(/flatten/);
  });

  it('costs fragment fan-out after expansion, in linear time', () => {
    const fragments = ['fragment F0 on Actor { id name }'];
    for (let i = 1; i <= 7; i += 1) {
      fragments.push(
        `fragment F${i} on Actor { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`,
      );
    }
    const result = cost(`{ actors { ...F7 } } ${fragments.join(' ')}`);
    expect(result.fields).toBe(1 + 2 * 10 ** 7);
    expect(result.spreads).toBe(71);
    expect(costRefusal(result, limits)?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('reports a fragment that spreads itself instead of following it', () => {
    const result = cost(
      '{ actors { ...A } } fragment A on Actor { id mentionedIn { mentionedActors { ...A } } }',
    );
    expect(result.cycle).toBe('A');
    expect(costRefusal(result, limits)?.code).toBe('FRAGMENT_CYCLE');
  });

  it('counts depth, without introspection', () => {
    expect(cost(nested(3)).depth).toBe(5);
    expect(cost('{ __schema { types { fields { name } } } }').depth).toBe(0);
  });

  it('names the costliest top-level field in the refusal', () => {
    const result = cost(`{ cheap: actors(limit: 1) { id } dear: ${nested(3).slice(2, -2)} }`);
    expect(result.biggest?.field).toBe('dear');
    expect(costRefusal(result, limits)?.message).toMatch(/Most of it is `dear`/);
  });

  it('accepts what the limits allow', () => {
    expect(costRefusal(cost('{ actors { mentionedIn { id } } }'), limits)).toBeUndefined();
  });
});
