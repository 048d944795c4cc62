import { parseArgs } from 'node:util';
import { connectDatabase, readDbConfig } from '../db/index.js';
import { reportError } from './report-error.js';
import { onShutdown } from './shutdown.js';

const HELP = `Usage: npm run db -- [--fresh] [--help]

Starts the embedded Neo4j 5.26 (provisioned from Maven Central on first use) and keeps it running
until Ctrl-C. Useful for Neo4j Browser and \`npm run cypher\` sessions without the API server.

Options:
  --fresh   delete the embedded database's data first (start empty)
  --help    show this help

Environment: NEO4J_URI (use that server instead), NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474),
NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m), NEO4J_EMBEDDED_DIR (.neo4j).`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { fresh: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const db = await connectDatabase({
    config: readDbConfig(),
    fresh: values.fresh ?? false,
    log: console.log,
  });
  console.log(
    `Neo4j is ready at ${db.uri} (user ${db.username}${db.passwordFile ? `, password in ${db.passwordFile}` : ''}).`,
  );
  if (db.httpUrl) console.log(`Neo4j Browser: ${db.httpUrl}/browser/`);
  if (!db.owned) {
    await db.close();
    return;
  }
  console.log('Press Ctrl-C to stop.');
  onShutdown(() => db.close());
}

main().catch((error: unknown) => process.exit(reportError(error)));
