import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase, readDbConfig } from '../db/index.js';
import {
  readGraphSnapshot,
  writeAdminCsv,
  writeCsv,
  writeCytoscapeJson,
  writeCytoscapeStyle,
  writeGraphml,
} from '../export/index.js';
import { reportError } from './report-error.js';

const HELP = `Usage: npm run export -- --format graphml|json|csv|admin-csv [--id <node id> [--depth <n>]] [--out <path>]

Writes the knowledge graph, or the neighbourhood of one node, for desktop tools or a fresh Neo4j.

Formats:
  graphml    one .graphml file (Gephi, yEd, Cytoscape, networkx, igraph): typed attributes (long, double,
             boolean, string), label = caption, labels = Neo4j label (:Claim), Gephi colour and size
             (r, g, b, size), yEd shapes and labels
  json       Cytoscape JSON ({ elements: { nodes, edges } }) for Cytoscape desktop and Cytoscape.js, and
             a style file beside it (<name>.style.json: colours and shapes by label)
  csv        <out>/nodes.csv and <out>/edges.csv (Gephi's spreadsheet import: Id, Label / Source, Target, Type)
  admin-csv  <out>/nodes.csv and <out>/relationships.csv for neo4j-admin database import
             (id:ID, :LABEL, typed columns / :START_ID, :END_ID, :TYPE); prints the import command

Options:
  --format <f>   graphml, json, csv or admin-csv (required)
  --id <id>      export only the neighbourhood of this node (ids come from the API's search query)
  --depth <n>    hops around --id (default 2)
  --out <path>   file (graphml, json) or folder (csv, admin-csv); default export/graph.<format> or export/
  --help         show this help

Article bodies are left out (they are long); every other property is kept, claim text included. Claims are
captioned by a short form of their text. GraphML and CSV join lists with "; ".`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      id: { type: 'string' },
      depth: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'graphml' && format !== 'json' && format !== 'csv' && format !== 'admin-csv') {
    console.error('error: --format must be graphml, json, csv or admin-csv.\n');
    console.error(HELP);
    return 2;
  }
  const depth = Number(values.depth ?? 2);
  if (!Number.isInteger(depth) || depth < 1 || depth > 5) {
    console.error('error: --depth takes a whole number from 1 to 5.');
    return 2;
  }
  const db = await connectDatabase({ config: readDbConfig(), log: (line) => console.error(line) });
  try {
    const graph = await readGraphSnapshot(db.driver, { id: values.id, depth });
    const counts = `${graph.nodes.length} nodes and ${graph.edges.length} edges`;
    if (format === 'csv' || format === 'admin-csv') {
      const dir = values.out ?? 'export';
      await mkdir(dir, { recursive: true });
      if (format === 'csv') {
        const { nodes, edges } = writeCsv(graph);
        await writeFile(path.join(dir, 'nodes.csv'), nodes);
        await writeFile(path.join(dir, 'edges.csv'), edges);
        console.log(`Wrote ${counts} to ${dir}/nodes.csv and ${dir}/edges.csv.`);
      } else {
        const { nodes, relationships, arrayDelimiter } = writeAdminCsv(graph);
        await writeFile(path.join(dir, 'nodes.csv'), nodes);
        await writeFile(path.join(dir, 'relationships.csv'), relationships);
        console.log(
          `Wrote ${counts} to ${dir}/nodes.csv and ${dir}/relationships.csv. Load them into an empty database with:`,
        );
        console.log(
          `  neo4j-admin database import full --nodes=${dir}/nodes.csv --relationships=${dir}/relationships.csv ` +
            `--multiline-fields=true --array-delimiter='${arrayDelimiter}' --overwrite-destination neo4j`,
        );
      }
    } else {
      const file = values.out ?? path.join('export', `graph.${format}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, format === 'graphml' ? writeGraphml(graph) : writeCytoscapeJson(graph));
      if (format === 'json') {
        const styleFile = file.replace(/(\.json)?$/, '.style.json');
        await writeFile(styleFile, writeCytoscapeStyle());
        console.log(`Wrote ${counts} to ${file}, and its Cytoscape style to ${styleFile}.`);
      } else {
        console.log(`Wrote ${counts} to ${file}.`);
      }
    }
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportError(error)),
);
