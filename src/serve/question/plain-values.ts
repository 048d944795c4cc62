import neo4j from 'neo4j-driver';

/**
 * Converts values read from Neo4j into plain JSON-like values: Integers to numbers (to strings beyond
 * 2^53), temporal and spatial values to their ISO strings, maps and lists recursively. Scalars, lists and
 * plain maps (most of an answer) are told apart first, so only other objects are asked which Neo4j type
 * they are.
 */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainValue);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const plain: Record<string, unknown> = {};
    for (const key in value) plain[key] = plainValue((value as Record<string, unknown>)[key]);
    return plain;
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return value.toString();
  }
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) plain[key] = plainValue(inner);
  return plain;
}
