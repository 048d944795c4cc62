import neo4j from 'neo4j-driver';

/**
 * Turns a Neo4j result value into plain JSON: integers become numbers (or strings when too large),
 * nodes and relationships their labels/type and properties, temporal values their ISO text.
 */
export function plainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
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
  if (isTemporal(value)) return value.toString();
  if (value !== null && typeof value === 'object') return plainObject(value);
  return value;
}

/** Dates, times and durations print as their ISO text. */
function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
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
