import { captionOf } from './caption-of.js';
import { columnsOf, type Column } from './column-types.js';
import type { ExportValue, GraphSnapshot } from './graph-snapshot.js';
import { exportKindStyle, rgbOf } from './kind-style.js';
import { ownAttributeNames } from './own-attribute-names.js';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Control characters that XML 1.0 cannot hold (tab, newline and carriage return are allowed). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Escapes text for XML, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** GraphML has no list type: lists are written as one string, joined with "; ". */
function graphmlType(column: Column): string {
  return column.list ? 'string' : column.type;
}

function text(value: ExportValue): string {
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** The export's own attributes on every node, beside the node's properties. */
function nodeOwn(node: GraphSnapshot['nodes'][number]): Record<string, ExportValue> {
  const style = exportKindStyle(node.label);
  const [r, g, b] = rgbOf(style.colour);
  return {
    label: captionOf(node),
    labels: `:${node.label}`,
    color: style.colour,
    r,
    g,
    b,
    size: style.size,
    shape: style.cytoscape,
  };
}

const NODE_OWN_TYPES: Record<string, string> = {
  label: 'string',
  labels: 'string',
  color: 'string',
  r: 'int',
  g: 'int',
  b: 'int',
  size: 'double',
  shape: 'string',
};

/** Grid spacing of the starting positions yEd opens the file with (run a layout there to arrange it). */
const GRID = 90;

function yedNode(caption: string, kind: string, index: number, columns: number): string {
  const style = exportKindStyle(kind);
  const x = (index % columns) * GRID;
  const y = Math.floor(index / columns) * GRID;
  return (
    `<y:ShapeNode><y:Geometry x="${x}" y="${y}" width="${style.size}" height="${style.size}"/>` +
    `<y:Fill color="${style.colour}" transparent="false"/>` +
    `<y:BorderStyle color="${style.border}" type="line" width="1.0"/>` +
    `<y:NodeLabel modelName="sides" modelPosition="s">${escapeXml(caption)}</y:NodeLabel>` +
    `<y:Shape type="${style.yed}"/></y:ShapeNode>`
  );
}

function yedEdge(type: string): string {
  return (
    '<y:PolyLineEdge><y:LineStyle color="#9A9A9A" type="line" width="1.0"/>' +
    '<y:Arrows source="none" target="standard"/>' +
    `<y:EdgeLabel visible="false">${escapeXml(type)}</y:EdgeLabel></y:PolyLineEdge>`
  );
}

/**
 * Writes GraphML that Gephi, yEd, Cytoscape, networkx and igraph read:
 * - every property with a declared type (`long`, `double`, `boolean`, `string`; lists joined with "; "),
 *   each key declared once;
 * - the node's caption as `label` (Gephi's and yEd's label; claims get a short form of their text, the
 *   full text stays in `text`), its Neo4j label as `labels` (`:Claim`, as APOC writes it);
 * - Gephi's colour and size attributes (`r`, `g`, `b`, `size`), `color` and `shape` for Cytoscape;
 * - yEd graphics (`y:ShapeNode` with fill, shape and label), so yEd shows captions and colours on open.
 *
 * A property named like one of these attributes keeps its name when its value is the attribute's value
 * (an event's `label` is its caption) and is written as `property.<name>` otherwise.
 */
export function writeGraphml(graph: GraphSnapshot): string {
  const ownNodes = graph.nodes.map(nodeOwn);
  const nodeNames = ownAttributeNames(graph.nodes, ownNodes);
  const ownEdges = graph.edges.map((edge) => ({ label: edge.type }));
  const edgeNames = ownAttributeNames(graph.edges, ownEdges);
  const nodeColumns = columnsOf(graph.nodes);
  const edgeColumns = columnsOf(graph.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xmlns:y="http://www.yworks.com/xml/graphml"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
  ];
  for (const [name, type] of Object.entries(NODE_OWN_TYPES)) {
    out.push(`  <key id="v_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  }
  for (const [key, column] of nodeColumns) {
    if (nodeNames.merged.has(key)) continue;
    const name = nodeNames.renamed.get(key) ?? key;
    out.push(
      `  <key id="n_${escapeXml(key)}" for="node" attr.name="${escapeXml(name)}" attr.type="${graphmlType(column)}"/>`,
    );
  }
  out.push('  <key id="w_label" for="edge" attr.name="label" attr.type="string"/>');
  for (const [key, column] of edgeColumns) {
    if (edgeNames.merged.has(key)) continue;
    const name = edgeNames.renamed.get(key) ?? key;
    out.push(
      `  <key id="e_${escapeXml(key)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${graphmlType(column)}"/>`,
    );
  }
  out.push('  <key id="y_node" for="node" yfiles.type="nodegraphics"/>');
  out.push('  <key id="y_edge" for="edge" yfiles.type="edgegraphics"/>');
  out.push('  <graph id="G" edgedefault="directed">');
  const gridColumns = Math.max(1, Math.ceil(Math.sqrt(graph.nodes.length)));
  graph.nodes.forEach((node, index) => {
    const own = ownNodes[index] ?? {};
    out.push(`    <node id="${escapeXml(node.id)}">`);
    for (const [name, value] of Object.entries(own)) {
      out.push(`      <data key="v_${name}">${escapeXml(text(value))}</data>`);
    }
    for (const [key, value] of Object.entries(node.properties)) {
      if (value === null || nodeNames.merged.has(key)) continue;
      out.push(`      <data key="n_${escapeXml(key)}">${escapeXml(text(value))}</data>`);
    }
    out.push(`      <data key="y_node">${yedNode(String(own.label), node.label, index, gridColumns)}</data>`);
    out.push('    </node>');
  });
  for (const edge of graph.edges) {
    out.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
    );
    out.push(`      <data key="w_label">${escapeXml(edge.type)}</data>`);
    for (const [key, value] of Object.entries(edge.properties)) {
      if (value === null || edgeNames.merged.has(key)) continue;
      out.push(`      <data key="e_${escapeXml(key)}">${escapeXml(text(value))}</data>`);
    }
    out.push(`      <data key="y_edge">${yedEdge(edge.type)}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
