import { parseArgs } from 'node:util';
import { readDbConfig, PROJECT_ROOT } from '../db/index.js';
import { provisionNeo4j } from '../db/embedded/provision-neo4j.js';
import { AppError } from '../errors.js';
import { provisionCoreNlp, readNlpConfig } from '../nlp/index.js';
import { reportError } from './report-error.js';

const HELP = `Usage: npm run provision [-- --only neo4j|corenlp]

Downloads from Maven Central with mvn, once:
  neo4j     Neo4j 5.26, APOC core and Neo4j Browser, into .neo4j/ (NEO4J_EMBEDDED_DIR)
  corenlp   Stanford CoreNLP 4.5.7 and its English models (about 480 MB), into .corenlp/ (CORENLP_DIR),
            and compiles its loopback launcher (needs a Java 17 JDK)
Both by default; later runs return at once.`;

/** `npm run provision`: fetches the embedded Neo4j's and CoreNLP's jars now rather than at first start. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const only = values.only;
  if (only !== undefined && only !== 'neo4j' && only !== 'corenlp') {
    throw new AppError('CONFIG_INVALID', `--only takes neo4j or corenlp, not "${only}".`);
  }
  if (only !== 'corenlp') {
    const jars = await provisionNeo4j(readDbConfig().embeddedDir, console.log);
    console.log(`Neo4j jars in ${jars.libDir}, plugins in ${jars.pluginsDir}.`);
  }
  if (only !== 'neo4j') {
    const jars = await provisionCoreNlp(readNlpConfig(PROJECT_ROOT).dir, console.log);
    console.log(`Stanford CoreNLP jars in ${jars.libDir}, launcher in ${jars.classesDir}.`);
  }
}

main().catch((error: unknown) => process.exit(reportError(error)));
