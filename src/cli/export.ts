import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase, readDbConfig } from '../db/index.js';
import { readGraphSnapshot, writeCsv, writeCytoscapeJson, writeGraphml } from '../export/index.js';
import { reportError } from './report-error.js';

const HELP = `Usage: npm run export -- --format graphml|json|csv [--id <node id> [--depth <n>]] [--out <path>]

Writes the knowledge graph, or the neighbourhood of one node, for desktop visualisation tools.

Formats:
  graphml   one .graphml file (Gephi, Cytoscape, yEd): typed attributes, label = name, kind = node label
  json      Cytoscape JSON ({ elements: { nodes, edges } }): Cytoscape desktop and Cytoscape.js
  csv       <out>/nodes.csv and <out>/edges.csv (Gephi's spreadsheet import: Id, Label / Source, Target, Type)

Options:
  --format <f>   graphml, json or csv (required)
  --id <id>      export only the neighbourhood of this node (ids come from the API's search query)
  --depth <n>    hops around --id (default 2)
  --out <path>   file (graphml, json) or folder (csv); default export/graph.<format> or export/
  --help         show this help

Article bodies are left out (they are long); every other property is kept, lists joined with "; ".`;

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
  if (format !== 'graphml' && format !== 'json' && format !== 'csv') {
    console.error('error: --format must be graphml, json or csv.\n');
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
    if (format === 'csv') {
      const dir = values.out ?? 'export';
      await mkdir(dir, { recursive: true });
      const { nodes, edges } = writeCsv(graph);
      await writeFile(path.join(dir, 'nodes.csv'), nodes);
      await writeFile(path.join(dir, 'edges.csv'), edges);
      console.log(
        `Wrote ${graph.nodes.length} nodes and ${graph.edges.length} edges to ${dir}/nodes.csv and ${dir}/edges.csv.`,
      );
    } else {
      const file = values.out ?? path.join('export', `graph.${format}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, format === 'graphml' ? writeGraphml(graph) : writeCytoscapeJson(graph));
      console.log(`Wrote ${graph.nodes.length} nodes and ${graph.edges.length} edges to ${file}.`);
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
