import {
  execute,
  getNamedType,
  isLeafType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

/** The generated root list field of each node type, used to read a node's fields by its id. */
export const NODE_ROOT_FIELDS: Readonly<Record<string, string>> = {
  Article: 'articles',
  Outlet: 'outlets',
  Actor: 'actors',
  Place: 'places',
  Event: 'events',
  Claim: 'claims',
};

/**
 * Lets the question resolvers return nodes as plain property maps while clients still ask those nodes for
 * relationships (`claimant { claims { text } }`, `sources { mentionedActorsConnection { … } }`).
 *
 * Every non-leaf field of a node type is wrapped: when the parent object lacks the field (it came from a
 * question query, not from the generated Cypher), the field is read by running the generated root query
 * `actors(where: { id: { eq: … } }) { <the same field, arguments and selection> }` on the same schema, with the
 * same context. Fields the generated Cypher already projected are resolved as before.
 *
 * Leaf fields named in `leaves` (`{ Article: ['text'] }`) are read the same way when a question query left
 * them out: an article's body is kilobytes that most answers never show, so the question queries do not
 * carry it and a client that asks for it gets it by id.
 */
export function resolveMissingNodeFields(
  schema: GraphQLSchema,
  skip: ReadonlySet<string> = new Set(),
  leaves: Readonly<Record<string, readonly string[]>> = {},
): void {
  for (const [typeName, rootField] of Object.entries(NODE_ROOT_FIELDS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const readLeaves = new Set(leaves[typeName] ?? []);
    for (const field of Object.values(type.getFields())) {
      if (skip.has(field.name)) continue;
      if (isLeafType(getNamedType(field.type)) && !readLeaves.has(field.name)) continue;
      const original = field.resolve;
      const wrapped: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        if (isMissing(source, info)) return readFieldById(schema, rootField, source, context, info);
        return original ? original(source, args, context, info) : defaultRead(source, info);
      };
      field.resolve = wrapped;
    }
  }
}

function responseKey(info: GraphQLResolveInfo): string {
  return info.fieldNodes[0]?.alias?.value ?? info.fieldName;
}

function isMissing(source: unknown, info: GraphQLResolveInfo): source is { id: unknown } {
  if (typeof source !== 'object' || source === null) return false;
  const record = source as Record<string, unknown>;
  return record[responseKey(info)] === undefined && record[info.fieldName] === undefined && 'id' in record;
}

function defaultRead(source: unknown, info: GraphQLResolveInfo): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  return (
    (source as Record<string, unknown>)[responseKey(info)] ??
    (source as Record<string, unknown>)[info.fieldName]
  );
}

async function readFieldById(
  schema: GraphQLSchema,
  rootField: string,
  source: { id: unknown },
  context: unknown,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  const whereId = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'where' },
    value: {
      kind: Kind.OBJECT,
      fields: [
        {
          kind: Kind.OBJECT_FIELD,
          name: { kind: Kind.NAME, value: 'id' },
          value: {
            kind: Kind.OBJECT,
            fields: [
              {
                kind: Kind.OBJECT_FIELD,
                name: { kind: Kind.NAME, value: 'eq' },
                value: { kind: Kind.STRING, value: String(source.id) },
              },
            ],
          },
        },
      ],
    },
  } as const;
  const root: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: 'node' },
    name: { kind: Kind.NAME, value: rootField },
    arguments: [whereId],
    selectionSet: { kind: Kind.SELECTION_SET, selections: info.fieldNodes },
  };
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: info.operation.operation,
        variableDefinitions: info.operation.variableDefinitions ?? [],
        selectionSet: { kind: Kind.SELECTION_SET, selections: [root] },
      },
      ...Object.values(info.fragments),
    ],
  };
  const result = await execute({
    schema,
    document,
    contextValue: context,
    variableValues: info.variableValues,
  });
  const [error] = result.errors ?? [];
  if (error !== undefined) throw error;
  const nodes = (result.data as { node?: Record<string, unknown>[] } | null | undefined)?.node ?? [];
  return nodes[0]?.[responseKey(info)] ?? null;
}
