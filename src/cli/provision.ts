import { readDbConfig } from '../db/index.js';
import { provisionNeo4j } from '../db/embedded/provision-neo4j.js';
import { reportError } from './report-error.js';

/** `npm run provision`: fetches the embedded Neo4j's jars from Maven Central now rather than at first start. */
async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(
      'Usage: npm run provision\n\nDownloads Neo4j 5.26, APOC core and Neo4j Browser from Maven Central with mvn into .neo4j/ (once).',
    );
    return;
  }
  const config = readDbConfig();
  const jars = await provisionNeo4j(config.embeddedDir, console.log);
  console.log(`Neo4j jars in ${jars.libDir}, plugins in ${jars.pluginsDir}.`);
}

main().catch((error: unknown) => process.exit(reportError(error)));
