import { captionOf, type ExportValue, type GraphSnapshot } from './graph-snapshot.js';

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

function graphmlType(value: ExportValue): 'string' | 'double' | 'boolean' {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function flat(value: ExportValue): string {
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** Collects each property key with one GraphML type (string wins when values disagree). */
function keysOf(items: { properties: Record<string, ExportValue> }[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.properties)) {
      if (value === null) continue;
      const type = graphmlType(value);
      const before = keys.get(key);
      keys.set(key, before === undefined || before === type ? type : 'string');
    }
  }
  return keys;
}

/**
 * Writes GraphML that Gephi, Cytoscape and yEd read: typed `<key>` declarations, the node label as
 * `label` and `kind`, relationship type as `type`; lists are joined with "; ".
 */
export function writeGraphml(graph: GraphSnapshot): string {
  const nodeKeys = keysOf(graph.nodes);
  const edgeKeys = keysOf(graph.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
  ];
  for (const [key, type] of nodeKeys) {
    out.push(
      `  <key id="n_${escapeXml(key)}" for="node" attr.name="${escapeXml(key)}" attr.type="${type}"/>`,
    );
  }
  for (const [key, type] of edgeKeys) {
    out.push(
      `  <key id="e_${escapeXml(key)}" for="edge" attr.name="${escapeXml(key)}" attr.type="${type}"/>`,
    );
  }
  out.push('  <graph id="G" edgedefault="directed">');
  for (const node of graph.nodes) {
    out.push(`    <node id="${escapeXml(node.id)}">`);
    out.push(`      <data key="n_label">${escapeXml(captionOf(node))}</data>`);
    out.push(`      <data key="n_kind">${escapeXml(node.label)}</data>`);
    for (const [key, value] of Object.entries(node.properties)) {
      if (value !== null) out.push(`      <data key="n_${escapeXml(key)}">${escapeXml(flat(value))}</data>`);
    }
    out.push('    </node>');
  }
  for (const edge of graph.edges) {
    out.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
    );
    out.push(`      <data key="e_type">${escapeXml(edge.type)}</data>`);
    for (const [key, value] of Object.entries(edge.properties)) {
      if (value !== null) out.push(`      <data key="e_${escapeXml(key)}">${escapeXml(flat(value))}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
