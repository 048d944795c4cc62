import { readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { emptyDir, provisionOnce, replaceDir } from '../../process/provision-once.js';
import { runToEnd } from '../../process/run-to-end.js';

/** Where the provisioned jars live inside the embedded folder. */
export interface Neo4jJars {
  libDir: string;
  pluginsDir: string;
}

const POM = path.join(import.meta.dirname, 'pom.xml');
/** Bump when pom.xml changes so old jar folders are provisioned again. */
const PROVISION_STAMP = 'neo4j-5.26.19+apoc-5.26.19+browser-5.24.0';

/** Jars that must sit in plugins/ (Neo4j loads procedures only from there). */
const PLUGIN_JAR = /^apoc-(core|common)-.*\.jar$/;

/**
 * Makes sure Neo4j, APOC and Neo4j Browser jars are in `<embeddedDir>/lib` and `<embeddedDir>/plugins`,
 * fetching them from Maven Central with `mvn` the first time. Later calls return at once.
 */
export async function provisionNeo4j(embeddedDir: string, log: (line: string) => void): Promise<Neo4jJars> {
  const libDir = path.join(embeddedDir, 'lib');
  const pluginsDir = path.join(embeddedDir, 'plugins');
  const built = await provisionOnce(embeddedDir, PROVISION_STAMP, async () => {
    log(
      `Provisioning Neo4j 5.26 + APOC from Maven Central into ${embeddedDir} (first run only, about a minute)…`,
    );
    const staging = await emptyDir(path.join(embeddedDir, 'lib.staging'));
    await runToEnd(
      'mvn',
      ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`],
      {
        log,
        cannotRun: (cause) =>
          new AppError(
            'PROVISION_FAILED',
            'Maven (mvn) could not be run. Install Maven and Java 17, or set NEO4J_URI.',
            {
              cause,
            },
          ),
        failed: (code, output) =>
          new AppError(
            'PROVISION_FAILED',
            `mvn exited with ${code} while fetching Neo4j from Maven Central. Check the network to Maven Central and run again.`,
            { details: { output } },
          ),
      },
    );
    await emptyDir(pluginsDir);
    for (const jar of await readdir(staging)) {
      if (PLUGIN_JAR.test(jar)) await rename(path.join(staging, jar), path.join(pluginsDir, jar));
    }
    await replaceDir(staging, libDir);
  });
  if (built) log('Neo4j provisioned.');
  return { libDir, pluginsDir };
}
