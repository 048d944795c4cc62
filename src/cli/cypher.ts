import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connectDatabase, namedQueryText, readDbConfig } from '../db/index.js';
import { AppError } from '../errors.js';
import { formatTable, parseParam, plainValue } from './cypher-values.js';
import { reportError } from './report-error.js';

const HELP = `Usage: npm run -s cypher -- [options] ['<cypher query>']

Runs one Cypher query against the graph and prints the rows. Uses the running database when
\`npm start\` is up; otherwise starts the embedded one for the query (or uses NEO4J_URI).
Read-only unless --write is given.

Options:
  --file <path>          read the query from a file
  --name <query>         run a named query from cypher/, e.g. query/timeline
  --param <name=value>   a query parameter; the value is JSON when it parses, else a string (repeatable)
  --json                 print the rows as JSON lines instead of a table
  --write                allow the query to change the graph
  --help                 show this help

Examples:
  npm run -s cypher -- 'MATCH (c:Claim)-[:CLAIMED_BY]->(a:Actor) RETURN a.name, c.text LIMIT 5'
  npm run -s cypher -- --name query/claims-by --param asked='{"query":"assad assad*","name":"assad"}' \\
    --param offset=0 --param limit=20
  npm run -s cypher -- --json 'MATCH (e:Event) RETURN e.label, e.date' > events.jsonl

Exit status: 0 the query ran; 1 it failed (the message says why); 2 usage error.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      name: { type: 'string' },
      param: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      write: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const sources = [positionals.length > 0, values.file !== undefined, values.name !== undefined].filter(
    Boolean,
  );
  if (sources.length !== 1) {
    console.error('error: give exactly one query: as text, with --file, or with --name.\n');
    console.error(HELP);
    return 2;
  }
  const params: Record<string, unknown> = {};
  for (const raw of values.param ?? []) {
    const parsed = parseParam(raw);
    if (!parsed) {
      console.error(`error: --param ${raw} is not name=value.`);
      return 2;
    }
    params[parsed[0]] = parsed[1];
  }
  const query = await queryText(values.file, values.name, positionals.join(' '));

  const db = await connectDatabase({ config: readDbConfig(), log: (line) => console.error(line) });
  try {
    const session = db.driver.session({ defaultAccessMode: values.write ? 'WRITE' : 'READ' });
    try {
      const result = values.write
        ? await session.executeWrite((tx) => tx.run(query, params))
        : await session.executeRead((tx) => tx.run(query, params));
      const keys = result.records[0]?.keys.map(String) ?? [];
      const rows = result.records.map((record) => keys.map((key) => plainValue(record.get(key))));
      if (values.json) {
        for (const row of rows)
          console.log(JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, row[i]]))));
      } else {
        console.log(keys.length === 0 ? '(no rows)' : formatTable(keys, rows));
        console.error(`${rows.length} row(s)`);
      }
      return 0;
    } catch (cause) {
      throw new AppError(
        'QUERY_FAILED',
        values.write
          ? 'The query failed; check its syntax in Neo4j Browser.'
          : 'The query failed; check its syntax, and add --write if it is meant to change the graph.',
        { cause },
      );
    } finally {
      await session.close();
    }
  } finally {
    await db.close();
  }
}

async function queryText(file: string | undefined, name: string | undefined, text: string): Promise<string> {
  if (name !== undefined) return namedQueryText(name);
  if (file === undefined) return text;
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    throw new AppError('SOURCE_UNREADABLE', `Cannot read the query file ${file}; check the path.`, { cause });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportError(error)),
);
