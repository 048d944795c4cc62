import { QUESTION_PAGE_LIMITS } from './page-limits.js';
import { clampInt, cypherInt, type ReadRows, type Row } from './read-rows.js';

export const MAX_DEPTH = 3;
/** The most nodes a neighbourhood holds. */
export const MAX_NODES = QUESTION_PAGE_LIMITS.neighbourhood.max;
/** From each node, how many of its most-weighted neighbours are kept by default, and at most. */
export const DEFAULT_PER_NODE = 25;
export const MAX_PER_NODE = 50;
/** From each node, how many edges are read at most when choosing its heaviest neighbours. */
export const EDGE_SCAN = 100;
/** Ids are short; a longer "id" cannot name a node, so it is not sent to the database. */
const MAX_ID_CHARS = 512;

/**
 * The nodes and edges around one node, for drawing, in one query (cypher/query/neighbourhood.cypher): depth
 * clamped to 1..3, at most 150 nodes, nearest first, and from each node only its `perNode` most-weighted
 * neighbours (clamped to 1..50), chosen among at most 100 of its edges. `null` when no node has that id.
 */
export async function neighbourhood(
  read: ReadRows,
  id: string,
  depth?: number | null,
  perNode?: number | null,
): Promise<Row | null> {
  if (id.length === 0 || id.length > MAX_ID_CHARS) return null;
  const rows = await read('query/neighbourhood', {
    id,
    depth: cypherInt(clampInt(depth, 1, MAX_DEPTH, 1)),
    maxNodes: cypherInt(MAX_NODES),
    perNode: cypherInt(clampInt(perNode, 1, MAX_PER_NODE, DEFAULT_PER_NODE)),
    edgeScan: cypherInt(EDGE_SCAN),
  });
  return rows[0] ?? null;
}
