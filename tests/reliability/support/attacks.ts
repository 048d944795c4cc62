/**
 * The hostile requests of issue 12 (each small and anonymous), as request bodies, with what the server must
 * answer. Shared by tests/reliability/api-attacks.test.ts and the figures in docs/security.md.
 */

export interface Attack {
  name: string;
  body: { query: string; variables?: Record<string, unknown> };
  /** HTTP status and `extensions.code` of the refusal. */
  status: number;
  code: string;
}

/** `{ actors { mentionedIn { mentionedActors { … { id } } } } }`, `levels` relationship lists deep. */
export function nestedLists(levels: number): string {
  let inner = 'id';
  for (let i = levels; i > 0; i -= 1) {
    inner = i % 2 === 1 ? `mentionedIn { ${inner} }` : `mentionedActors { ${inner} }`;
  }
  return `{ actors { ${inner} } }`;
}

/** `count` aliased copies of `field`. */
export function aliased(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** Fragments F1 … F7 on Actor, each spreading the previous ten times (658 bytes; 10^7 fields expanded). */
export function fragmentFanOut(comment = ''): string {
  const fragments = ['fragment F0 on Actor { id name }'];
  for (let i = 1; i <= 7; i += 1) {
    fragments.push(
      `fragment F${i} on Actor { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`,
    );
  }
  return `${comment ? `# ${comment}\n` : ''}{ actors(limit: 1) { ...F7 } } ${fragments.join(' ')}`;
}

function notNested(depth: number): string {
  let where = '{ name: { eq: "x" } }';
  for (let i = 0; i < depth; i += 1) where = `{ NOT: ${where} }`;
  return `{ actors(where: ${where}) { id } }`;
}

export const ATTACKS: readonly Attack[] = [
  {
    name: 'nested relationship lists 6 deep (estimated 7 before)',
    body: { query: nestedLists(5) },
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'nested relationship lists 12 deep',
    body: { query: nestedLists(11) },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'OR of 2,000 startsWith filters in a variable',
    body: {
      query: 'query ($w: [ActorWhere!]) { actors(where: { OR: $w }) { id } }',
      variables: { w: Array.from({ length: 2000 }, () => ({ name: { startsWith: 'zI' } })) },
    },
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: '`in` with 20,000 ids',
    body: {
      query: 'query ($ids: [ID!]) { actors(where: { id: { in: $ids } }) { id } }',
      variables: { ids: Array.from({ length: 20_000 }, (_, i) => `a${i}`) },
    },
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  { name: 'NOT nested 100 deep', body: { query: notNested(100) }, status: 400, code: 'QUERY_TOO_COSTLY' },
  {
    name: '300 aliased neighbourhood at depth 3',
    body: { query: aliased(300, 'neighbourhood(id: "x", depth: 3) { nodes { id } edges { id } }') },
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: '200 aliased whoClaimedCredit',
    body: { query: aliased(200, 'whoClaimedCredit(event: "recapture") { items { text } }') },
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'fragment fan-out F1 … F7 (658 bytes)',
    body: { query: fragmentFanOut() },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'fragment fan-out behind a changing comment',
    body: { query: fragmentFanOut(`run ${Date.now()}`) },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'self-referencing fragment',
    body: { query: '{ actors { ...A } } fragment A on Actor { id ...A }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'self-referencing fragment through a relationship',
    body: {
      query: '{ actors { ...A } } fragment A on Actor { id mentionedIn { mentionedActors { ...A } } }',
    },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '12,000 aliases',
    body: { query: aliased(12_000, '__typename') },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: '2,500 aliased scalar fields (under the token limit)',
    body: { query: `{ actors(limit: 1) ${aliased(2500, 'id')} }` },
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
];
