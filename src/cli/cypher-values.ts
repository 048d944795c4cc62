import neo4j from 'neo4j-driver';
import { plainValue as apiPlainValue } from '../serve/question/plain-values.js';

/**
 * Turns a Neo4j result value into plain JSON: nodes and relationships become their labels or type and
 * properties, paths their segments; everything else as the API converts it (`plainValue` of serve).
 */
export function plainValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainValue);
  if (value instanceof neo4j.types.Node) {
    return { labels: value.labels, ...plainObject(value.properties as Record<string, unknown>) };
  }
  if (value instanceof neo4j.types.Relationship) {
    const type = String(value.type);
    return { type, ...plainObject(value.properties as Record<string, unknown>) };
  }
  if (value instanceof neo4j.types.Path) {
    return value.segments.map((s) => [plainValue(s.start), plainValue(s.relationship), plainValue(s.end)]);
  }
  return apiPlainValue(value);
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, plainValue(value)]));
}

/**
 * Parses `--param name=value`: the value is read as JSON when it parses (numbers, lists, objects,
 * quoted strings), else taken as a plain string. Whole numbers become Neo4j integers, as Cypher expects
 * for limits and offsets.
 */
export function parseParam(raw: string): [string, unknown] | undefined {
  const at = raw.indexOf('=');
  if (at < 1) return undefined;
  const name = raw.slice(0, at);
  const text = raw.slice(at + 1);
  try {
    return [name, toNeo4j(JSON.parse(text) as unknown)];
  } catch {
    return [name, text];
  }
}

/** A small fixed-width table of rows for a terminal, each cell cut to `width` characters. */
export function formatTable(keys: string[], rows: unknown[][], width = 60): string {
  const cell = (value: unknown) => {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  };
  const cells = rows.map((row) => row.map(cell));
  const widths = keys.map((key, i) => Math.max(key.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ');
  return [line(keys), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)].join('\n');
}

function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4j(inner)]));
  }
  return value;
}
