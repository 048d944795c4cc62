import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.js';

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

function runMaven(args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (cause) =>
      reject(
        new AppError(
          'PROVISION_FAILED',
          'Maven (mvn) could not be run. Install Maven and Java 17, or set NEO4J_URI.',
          {
            cause,
          },
        ),
      ),
    );
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      log(output);
      reject(
        new AppError(
          'PROVISION_FAILED',
          `mvn exited with ${code} while fetching Neo4j from Maven Central. Check the network to Maven Central and run again.`,
          { details: { output } },
        ),
      );
    });
  });
}

/**
 * Makes sure Neo4j, APOC and Neo4j Browser jars are in `<embeddedDir>/lib` and `<embeddedDir>/plugins`,
 * fetching them from Maven Central with `mvn` the first time. Later calls return at once.
 */
export async function provisionNeo4j(embeddedDir: string, log: (line: string) => void): Promise<Neo4jJars> {
  const libDir = path.join(embeddedDir, 'lib');
  const pluginsDir = path.join(embeddedDir, 'plugins');
  const stamp = path.join(embeddedDir, `.provisioned-${PROVISION_STAMP}`);
  if (existsSync(stamp)) return { libDir, pluginsDir };

  log(
    `Provisioning Neo4j 5.26 + APOC from Maven Central into ${embeddedDir} (first run only, about a minute)…`,
  );
  const staging = path.join(embeddedDir, 'lib.staging');
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await runMaven(
    ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`],
    log,
  );

  await rm(libDir, { recursive: true, force: true });
  await rm(pluginsDir, { recursive: true, force: true });
  await mkdir(pluginsDir, { recursive: true });
  for (const jar of await readdir(staging)) {
    if (PLUGIN_JAR.test(jar)) await rename(path.join(staging, jar), path.join(pluginsDir, jar));
  }
  await rename(staging, libDir);
  await writeFile(stamp, `${new Date().toISOString()}\n`);
  log('Neo4j provisioned.');
  return { libDir, pluginsDir };
}
