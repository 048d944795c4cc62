import { columnsOf, type Column } from './column-types.js';
import type { ExportValue, GraphSnapshot } from './graph-snapshot.js';
import { csvField } from './write-csv.js';

/** neo4j-admin import's files for one graph, and the array delimiter its lists are written with. */
export interface AdminCsv {
  nodes: string;
  relationships: string;
  /** Pass as `--array-delimiter` (`;` unless a list element holds one). */
  arrayDelimiter: string;
}

/** Delimiters tried in turn: the first that no list element contains is used. */
const DELIMITERS = [';', '|', '\u00A6', '\u001F'];

function header(name: string, column: Column): string {
  return `${name}:${column.type}${column.list ? '[]' : ''}`;
}

function cell(value: ExportValue | undefined, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : csvField(value.map(String).join(delimiter));
  return csvField(value);
}

function pickDelimiter(graph: GraphSnapshot): string {
  const elements = [...graph.nodes, ...graph.edges].flatMap((item) =>
    Object.values(item.properties).flatMap((value) => (Array.isArray(value) ? value.map(String) : [])),
  );
  return DELIMITERS.find((d) => elements.every((e) => !e.includes(d))) ?? '\u001F';
}

/**
 * Writes the graph in neo4j-admin import's CSV format: one node file (`id:ID`, `:LABEL`, then each property
 * with its type, e.g. `wordCount:long`, `aliases:string[]`) and one relationship file (`:START_ID`,
 * `:END_ID`, `:TYPE`, properties). `neo4j-admin database import full --nodes=nodes.csv
 * --relationships=relationships.csv --multiline-fields=true --array-delimiter=<d>` loads it into an empty
 * database with the same nodes, relationships, properties and types (empty lists become absent).
 */
export function writeAdminCsv(graph: GraphSnapshot): AdminCsv {
  const delimiter = pickDelimiter(graph);
  const nodeColumns = [...columnsOf(graph.nodes)].filter(([key]) => key !== 'id');
  const edgeColumns = [...columnsOf(graph.edges)];
  const nodeLines = [
    ['id:ID', ':LABEL', ...nodeColumns.map(([key, column]) => header(key, column))].join(','),
    ...graph.nodes.map((node) =>
      [
        csvField(node.id),
        csvField(node.label),
        ...nodeColumns.map(([key]) => cell(node.properties[key], delimiter)),
      ].join(','),
    ),
  ];
  const edgeLines = [
    [':START_ID', ':END_ID', ':TYPE', ...edgeColumns.map(([key, column]) => header(key, column))].join(','),
    ...graph.edges.map((edge) =>
      [
        csvField(edge.source),
        csvField(edge.target),
        csvField(edge.type),
        ...edgeColumns.map(([key]) => cell(edge.properties[key], delimiter)),
      ].join(','),
    ),
  ];
  return {
    nodes: `${nodeLines.join('\n')}\n`,
    relationships: `${edgeLines.join('\n')}\n`,
    arrayDelimiter: delimiter,
  };
}
