import type { ExportValue, PropertyTypes } from './graph-snapshot.js';

/** A property's type in the exports: GraphML's scalar types, or a list of one of them. */
export type ColumnType = 'long' | 'double' | 'boolean' | 'string';

/** One property column: its scalar type and whether values are lists. */
export interface Column {
  type: ColumnType;
  list: boolean;
}

/** `INTEGER NOT NULL` → long, `LIST<FLOAT NOT NULL> NOT NULL` → double list; dates, points → string. */
export function columnOf(neo4jType: string): Column {
  const list = neo4jType.startsWith('LIST');
  const inner = list ? neo4jType.slice(5) : neo4jType;
  const type: ColumnType = inner.startsWith('INTEGER')
    ? 'long'
    : inner.startsWith('FLOAT')
      ? 'double'
      : inner.startsWith('BOOLEAN')
        ? 'boolean'
        : 'string';
  return { type, list };
}

function merge(a: Column, b: Column): Column {
  if (a.type === b.type) return { type: a.type, list: a.list || b.list };
  const numbers = new Set(['long', 'double']);
  const type: ColumnType = numbers.has(a.type) && numbers.has(b.type) ? 'double' : 'string';
  return { type, list: a.list || b.list };
}

/**
 * The columns of a set of nodes or edges, sorted by name: one type per property, widened where items
 * disagree (long and double → double; anything else → string). Empty lists (`LIST<NOTHING>`) and nulls
 * decide nothing.
 */
export function columnsOf(
  items: readonly { properties: Record<string, ExportValue>; types: PropertyTypes }[],
): Map<string, Column> {
  const columns = new Map<string, Column>();
  const undecided = new Set<string>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.properties)) {
      const neo4jType = item.types[key] ?? 'STRING';
      if (value === null || neo4jType.startsWith('LIST<NOTHING')) {
        if (neo4jType.startsWith('LIST')) undecided.add(key);
        continue;
      }
      const column = columnOf(neo4jType);
      const before = columns.get(key);
      columns.set(key, before ? merge(before, column) : column);
    }
  }
  for (const key of undecided) if (!columns.has(key)) columns.set(key, { type: 'string', list: true });
  return new Map([...columns].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
