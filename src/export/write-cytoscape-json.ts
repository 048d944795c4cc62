import { captionOf } from './caption-of.js';
import type { ExportValue, GraphSnapshot } from './graph-snapshot.js';
import { ownAttributeNames } from './own-attribute-names.js';

function withOwn(
  properties: Record<string, ExportValue>,
  own: Record<string, ExportValue>,
  names: ReturnType<typeof ownAttributeNames>,
): Record<string, ExportValue> {
  const data: Record<string, ExportValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (names.merged.has(key)) continue;
    data[names.renamed.get(key) ?? key] = value;
  }
  return { ...data, ...own };
}

/**
 * Writes Cytoscape's JSON (`{ elements: { nodes: [{ data }], edges: [{ data }] } }`), which Cytoscape
 * desktop imports as a network and Cytoscape.js reads directly. Each node keeps every property (lists stay
 * lists), with `name` = its caption (claims: a short form of the text, which stays in `text`) and
 * `labels` = its Neo4j label (`:Claim`), which the style file (`writeCytoscapeStyle`) selects on. A property
 * named like one of these is kept as `property.<name>` where it differs.
 */
export function writeCytoscapeJson(graph: GraphSnapshot): string {
  const nodeOwn = graph.nodes.map((node) => ({
    id: node.id,
    name: captionOf(node),
    labels: `:${node.label}`,
  }));
  const nodeNames = ownAttributeNames(graph.nodes, nodeOwn);
  const edgeOwn = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    interaction: edge.type,
  }));
  const edgeNames = ownAttributeNames(graph.edges, edgeOwn);
  const elements = {
    nodes: graph.nodes.map((node, index) => ({
      data: withOwn(node.properties, nodeOwn[index] ?? {}, nodeNames),
    })),
    edges: graph.edges.map((edge, index) => ({
      data: withOwn(edge.properties, edgeOwn[index] ?? {}, edgeNames),
    })),
  };
  return `${JSON.stringify({ format_version: '1.0', generated_by: 'palmyra-graph', elements }, null, 1)}\n`;
}
