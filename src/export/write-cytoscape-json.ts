import { captionOf, type GraphSnapshot } from './graph-snapshot.js';

/**
 * Writes Cytoscape's JSON (`{ elements: { nodes: [{ data }], edges: [{ data }] } }`), which Cytoscape
 * desktop imports as a network and Cytoscape.js reads directly.
 */
export function writeCytoscapeJson(graph: GraphSnapshot): string {
  const elements = {
    nodes: graph.nodes.map((node) => ({
      data: {
        ...node.properties,
        id: node.id,
        kind: node.label,
        name: captionOf(node),
      },
    })),
    edges: graph.edges.map((edge) => ({
      data: {
        ...edge.properties,
        id: edge.id,
        source: edge.source,
        target: edge.target,
        interaction: edge.type,
      },
    })),
  };
  return `${JSON.stringify({ format_version: '1.0', generated_by: 'palmyra-graph', elements }, null, 1)}\n`;
}
