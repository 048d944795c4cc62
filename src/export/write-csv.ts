import { captionOf } from './caption-of.js';
import type { ExportValue, GraphSnapshot } from './graph-snapshot.js';

/** Quotes one CSV field (RFC 4180). */
export function csvField(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: string[], rows: Record<string, ExportValue | undefined>[]): string {
  return (
    [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))].join('\n') +
    '\n'
  );
}

/**
 * Writes a node table and an edge table in the layout Gephi's spreadsheet import expects
 * (`Id`, `Label` / `Source`, `Target`, `Type`), which Cytoscape and yEd also import.
 */
export function writeCsv(graph: GraphSnapshot): { nodes: string; edges: string } {
  const nodeKeys = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.properties)))]
    .filter((k) => k !== 'id')
    .sort();
  const edgeKeys = [...new Set(graph.edges.flatMap((e) => Object.keys(e.properties)))].sort();
  const nodes = table(
    ['Id', 'Label', 'Kind', ...nodeKeys],
    graph.nodes.map((n) => ({
      ...n.properties,
      Id: n.id,
      Kind: n.label,
      Label: captionOf(n),
    })),
  );
  const edges = table(
    ['Id', 'Source', 'Target', 'Type', 'Label', ...edgeKeys.map((k) => `edge_${k}`)],
    graph.edges.map((e) => ({
      ...Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [`edge_${k}`, v])),
      Id: e.id,
      Source: e.source,
      Target: e.target,
      Type: 'Directed',
      Label: e.type,
    })),
  );
  return { nodes, edges };
}
