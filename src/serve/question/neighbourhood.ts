import { clampInt, cypherInt, type ReadRows, type Row } from './read-rows.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 150;
/** Ids are short; a longer "id" cannot name a node, so it is not sent to the database. */
const MAX_ID_CHARS = 512;

/**
 * The nodes and edges around one node, for drawing (cypher/query/neighbourhood.cypher): depth clamped to
 * 1..3, at most 150 nodes, nearest first. `null` when no node has that id.
 */
export async function neighbourhood(read: ReadRows, id: string, depth?: number | null): Promise<Row | null> {
  if (id.length === 0 || id.length > MAX_ID_CHARS) return null;
  const rows = await read('query/neighbourhood', {
    id,
    depth: cypherInt(clampInt(depth, 1, MAX_DEPTH, 1)),
    maxNodes: cypherInt(MAX_NODES),
  });
  return rows[0] ?? null;
}
