/** Exports of the graph for desktop visualisation tools (Gephi, Cytoscape, yEd). */
export {
  readGraphSnapshot,
  captionOf,
  type GraphSnapshot,
  type ExportNode,
  type ExportEdge,
} from './graph-snapshot.js';
export { writeGraphml, escapeXml } from './write-graphml.js';
export { writeCytoscapeJson } from './write-cytoscape-json.js';
export { writeCsv, csvField } from './write-csv.js';
