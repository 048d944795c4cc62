import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors.js';
import { runNamed } from '../db/index.js';

/** A property value as exported: scalars, or lists of them. */
export type ExportValue = string | number | boolean | null | (string | number | boolean)[];

/**
 * Each property's Neo4j type as `valueType()` names it (`INTEGER NOT NULL`, `LIST<STRING NOT NULL> NOT NULL`):
 * the driver reads integers and floats alike as JS numbers, so the writers take the type from here.
 */
export type PropertyTypes = Record<string, string>;

export interface ExportNode {
  id: string;
  /** The Neo4j label: Actor, Place, Event, Claim, Article or Outlet. */
  label: string;
  properties: Record<string, ExportValue>;
  types: PropertyTypes;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, ExportValue>;
  types: PropertyTypes;
}

/** A part of the graph, in the shape every export format is written from. */
export interface GraphSnapshot {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface SnapshotOptions {
  /** Export only the neighbourhood of this node id. */
  id?: string;
  depth?: number;
  /** Most nodes a neighbourhood may hold. */
  limit?: number;
}

/** Reads the whole graph, or the neighbourhood of one node, for export. */
export async function readGraphSnapshot(
  driver: Driver,
  options: SnapshotOptions = {},
): Promise<GraphSnapshot> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const nodeResult = options.id
      ? await runNamed(session, 'export/neighbourhood-nodes', {
          id: options.id,
          depth: options.depth ?? 2,
          limit: options.limit ?? 5000,
        })
      : await runNamed(session, 'export/graph-nodes');
    const nodes = nodeResult.records.map((r) => r.toObject() as unknown as ExportNode);
    if (options.id && nodes.length === 0) {
      throw new AppError(
        'BAD_USER_INPUT',
        `No node has id "${options.id}". Find ids with the API's search query.`,
      );
    }
    const edgeResult = options.id
      ? await runNamed(session, 'export/neighbourhood-relationships', { ids: nodes.map((n) => n.id) })
      : await runNamed(session, 'export/graph-relationships');
    const edges = edgeResult.records.map((r) => r.toObject() as unknown as ExportEdge);
    return { nodes, edges };
  } finally {
    await session.close();
  }
}
