import { Kind, parse, type ConstDirectiveNode } from 'graphql';

/** The page sizes @neo4j/graphql applies to one node type (`@limit(default, max)` in schema.graphql). */
export interface PageLimit {
  /** Items returned when a query gives no `limit` / `first`. */
  default: number;
  /** The most items returned, whatever `limit` / `first` asks for. */
  max: number;
}

/** Page sizes by node type name. */
export type PageLimits = ReadonlyMap<string, PageLimit>;

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg?.value.kind === Kind.INT ? Number(arg.value.value) : undefined;
}

/**
 * Reads every `@limit(default: …, max: …)` of the type definitions, so the cost model counts the page each
 * list really returns (a list without `limit` returns `default` items, not one).
 */
export function readPageLimits(typeDefs: string): PageLimits {
  const limits = new Map<string, PageLimit>();
  for (const definition of parse(typeDefs, { noLocation: true }).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const directive = definition.directives?.find((d) => d.name.value === 'limit');
    if (directive === undefined) continue;
    const max = intArgument(directive, 'max');
    const fallback = intArgument(directive, 'default') ?? max;
    if (fallback === undefined) continue;
    limits.set(definition.name.value, { default: fallback, max: max ?? fallback });
  }
  return limits;
}
