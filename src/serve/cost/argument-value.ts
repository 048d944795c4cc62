import { Kind, type ValueNode } from 'graphql';

/**
 * The plain value of an argument as written, with `$variables` substituted from the request (missing ones are
 * `undefined`). No type coercion: the cost model only needs sizes and numbers.
 */
export function argumentValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((value) => argumentValue(value, variables));
    case Kind.OBJECT: {
      const out: Record<string, unknown> = {};
      for (const field of node.fields) out[field.name.value] = argumentValue(field.value, variables);
      return out;
    }
  }
}
