import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { argumentValue } from './argument-value.js';
import { filterWeight, type FilterRules } from './filter-weight.js';
import type { PageLimit, PageLimits } from './page-limits.js';

/** The cost of a field the schema's shape does not tell (question fields, custom resolvers, plain lists). */
export interface FieldRule {
  /** Fixed cost of running the field once (its own Cypher). */
  weight?: number;
  /** `weight` by the value of `depthArgument` (1-based; clamped to the table). */
  weightByDepth?: number[];
  depthArgument?: string;
  /** Items a list returns (1 for a single object). */
  page: number;
  /** An argument that sets the page (`search(limit:)`), clamped to 1..`maxPage`. */
  pageArgument?: string;
  maxPage?: number;
}

/** Everything the cost model reads. */
export interface CostRules {
  /** `@limit` of each node type. */
  pageLimits: PageLimits;
  /** The page of a node type without `@limit`. */
  fallbackPage: PageLimit;
  /** Rules by `Type.field`. */
  fields: Readonly<Record<string, FieldRule>>;
  /** Items assumed for any other list of objects (lists inside question answers). */
  otherListPage: number;
  filter: FilterRules;
}

/** What one operation would cost, after fragments are expanded. */
export interface OperationCost {
  /** Cost units: about the node rows Neo4j reads and returns, with nesting multiplied out. */
  cost: number;
  /** Deepest selection (introspection not counted). */
  depth: number;
  /** Field selections after fragment expansion (not multiplied by pages). */
  fields: number;
  /** Fragment spreads in the document's reachable selections. */
  spreads: number;
  /** Most comparisons in one filter, and the deepest AND / OR / NOT nesting of one filter. */
  filterTerms: number;
  filterDepth: number;
  /** The costliest top-level field, for the message that says what to reduce. */
  biggest?: { field: string; cost: number };
  /** A fragment that spreads itself (directly or through others). */
  cycle?: string;
}

interface Tally {
  cost: number;
  depth: number;
  fields: number;
}

const ZERO: Tally = { cost: 0, depth: 0, fields: 0 };

function add(into: Tally, from: Tally): void {
  into.cost += from.cost;
  into.fields += from.fields;
  into.depth = Math.max(into.depth, from.depth);
}

/**
 * Costs one operation of `document` by what Neo4j will do: a list field costs its effective page (its `limit` or
 * `first`, else the `@limit` default, at most the `@limit` max) times one plus the cost of its selection, so nested
 * lists multiply; a filter adds its weight (see filterWeight); question fields add their measured weight. Fragments
 * are costed once each and reused (time linear in the document); a fragment cycle is reported, not followed.
 * Returns undefined when the operation named is not in the document.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: CostRules,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string | null,
): OperationCost | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName === undefined || operationName === null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (operation === undefined) return undefined;
  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return undefined;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const result: OperationCost = { cost: 0, depth: 0, fields: 0, spreads: 0, filterTerms: 0, filterDepth: 0 };
  const memo = new Map<string, Tally>();
  const inProgress = new Set<string>();

  const fieldCost = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    child: Tally,
  ): number => {
    const args: Record<string, unknown> = {};
    for (const arg of node.arguments ?? []) args[arg.name.value] = argumentValue(arg.value, variables);
    let filter = 0;
    if (args.where !== undefined && args.where !== null) {
      const weight = filterWeight(args.where, rules.filter);
      filter = weight.cost;
      result.filterTerms = Math.max(result.filterTerms, weight.terms);
      result.filterDepth = Math.max(result.filterDepth, weight.depth);
    }
    const named = getNamedType(field.type);
    const rule = rules.fields[`${parent.name}.${field.name}`];
    if (rule !== undefined) return filter + ruleCost(rule, args) + rulePage(rule, args) * (1 + child.cost);
    if (isLeafType(named)) return filter;
    const hasArg = (name: string) => field.args.some((a) => a.name === name);
    const connectionNode = isObjectType(named) ? connectionNodeType(named) : undefined;
    if (connectionNode !== undefined && hasArg('first')) {
      return filter + pageOf(connectionNode, args.first) * (1 + child.cost);
    }
    if (!isListType(getNullableType(field.type))) return filter + 1 + child.cost;
    if (hasArg('limit')) return filter + pageOf(named.name, args.limit) * (1 + child.cost);
    // `edges` of a connection: its page is counted on the connection field.
    if (field.name === 'edges' && parent.name.endsWith('Connection')) return filter + 1 + child.cost;
    return filter + rules.otherListPage * (1 + child.cost);
  };

  const pageOf = (typeName: string, asked: unknown): number => {
    const limit = rules.pageLimits.get(typeName) ?? rules.fallbackPage;
    if (typeof asked !== 'number' || !Number.isFinite(asked)) return limit.default;
    return Math.min(limit.max, Math.max(0, Math.trunc(asked)));
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType): Tally => {
    const tally: Tally = { ...ZERO };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        tally.fields += 1;
        if (name.startsWith('__')) continue;
        const field = 'getFields' in parent ? parent.getFields()[name] : undefined;
        if (field === undefined) continue;
        const named = getNamedType(field.type);
        const child =
          selection.selectionSet !== undefined && isCompositeType(named)
            ? selectionCost(selection.selectionSet, named)
            : ZERO;
        const cost = fieldCost(parent, field, selection, child);
        add(tally, { cost, fields: child.fields, depth: 1 + child.depth });
        if (parent === root && (result.biggest === undefined || cost > result.biggest.cost)) {
          result.biggest = { field: selection.alias?.value ?? name, cost };
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type =
          selection.typeCondition === undefined ? parent : schema.getType(selection.typeCondition.name.value);
        if (type !== undefined && type !== null && isCompositeType(type)) {
          add(tally, selectionCost(selection.selectionSet, type));
        }
      } else {
        result.spreads += 1;
        add(tally, fragmentCost(selection.name.value));
      }
    }
    return tally;
  };

  const fragmentCost = (name: string): Tally => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (fragment === undefined) return ZERO;
    if (inProgress.has(name)) {
      result.cycle ??= name;
      return ZERO;
    }
    const type = schema.getType(fragment.typeCondition.name.value);
    if (type === undefined || type === null || !isCompositeType(type)) return ZERO;
    inProgress.add(name);
    const tally = selectionCost(fragment.selectionSet, type);
    inProgress.delete(name);
    memo.set(name, tally);
    return tally;
  };

  const total = selectionCost(operation.selectionSet, root);
  result.cost = total.cost;
  result.depth = total.depth;
  result.fields = total.fields;
  return result;
}

function ruleCost(rule: FieldRule, args: Record<string, unknown>): number {
  if (rule.weightByDepth !== undefined && rule.weightByDepth.length > 0) {
    const table = rule.weightByDepth;
    const asked = rule.depthArgument === undefined ? undefined : args[rule.depthArgument];
    const depth = typeof asked === 'number' && Number.isFinite(asked) ? Math.trunc(asked) : 1;
    return table[Math.min(table.length, Math.max(1, depth)) - 1] ?? 0;
  }
  return rule.weight ?? 0;
}

function rulePage(rule: FieldRule, args: Record<string, unknown>): number {
  const asked = rule.pageArgument === undefined ? undefined : args[rule.pageArgument];
  if (typeof asked !== 'number' || !Number.isFinite(asked)) return rule.page;
  return Math.min(rule.maxPage ?? rule.page, Math.max(1, Math.trunc(asked)));
}

/** The node type of a connection (`…Connection { edges { node } }`), or undefined for any other type. */
function connectionNodeType(type: {
  getFields(): Record<string, GraphQLField<unknown, unknown>>;
}): string | undefined {
  const edges = type.getFields().edges;
  if (edges === undefined) return undefined;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  return node === undefined ? undefined : getNamedType(node.type).name;
}
