/** Exports of the graph for desktop tools (Gephi, yEd, Cytoscape, networkx, igraph) and neo4j-admin import. */
export {
  readGraphSnapshot,
  type GraphSnapshot,
  type ExportNode,
  type ExportEdge,
  type ExportValue,
  type PropertyTypes,
} from './graph-snapshot.js';
export { captionOf, shortText, CLAIM_CAPTION_LENGTH } from './caption-of.js';
export { columnOf, columnsOf, type Column, type ColumnType } from './column-types.js';
export { exportKindStyle, rgbOf, STYLED_KINDS, type ExportKindStyle } from './kind-style.js';
export { writeGraphml, escapeXml } from './write-graphml.js';
export { writeCytoscapeJson } from './write-cytoscape-json.js';
export { writeCytoscapeStyle, cytoscapeStyleRules, type StyleRule } from './write-cytoscape-style.js';
export { writeCsv, csvField } from './write-csv.js';
export { writeAdminCsv, type AdminCsv } from './write-admin-csv.js';
