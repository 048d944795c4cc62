import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';

/** Where the provisioned server lives: the CoreNLP jars, and the compiled loopback provider. */
export interface CoreNlpJars {
  libDir: string;
  classesDir: string;
}

const POM = path.join(import.meta.dirname, 'pom.xml');
const PROVIDER_SOURCE = path.join(import.meta.dirname, 'java', 'LoopbackHttpServerProvider.java');
/** Bump when pom.xml or the Java source changes so old folders are provisioned again. */
const PROVISION_STAMP = 'corenlp-4.5.7+models+loopback-1';

/** The JVM flag that lets the loopback provider reach the JDK's own HTTP server (compile and run time). */
export const HTTPSERVER_EXPORTS = '--add-exports=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED';

function run(command: string, args: string[], what: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (cause) =>
      reject(
        new AppError(
          'NLP_PROVISION_FAILED',
          `${command} could not be run, so Stanford CoreNLP cannot be provisioned. Install Maven and a Java 17 JDK, set CORENLP_URL to a running CoreNLP server, or use --extractor rules.`,
          { cause },
        ),
      ),
    );
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      log(output);
      reject(
        new AppError('NLP_PROVISION_FAILED', `${command} exited with ${code} while ${what}.`, {
          details: { output },
        }),
      );
    });
  });
}

/**
 * Makes sure Stanford CoreNLP 4.5.7 and its English models are in `<dir>/lib` (fetched from Maven Central
 * with `mvn` the first time, about 480 MB) and the loopback provider is compiled into `<dir>/classes`.
 * Later calls return at once.
 */
export async function provisionCoreNlp(dir: string, log: (line: string) => void): Promise<CoreNlpJars> {
  const libDir = path.join(dir, 'lib');
  const classesDir = path.join(dir, 'classes');
  const stamp = path.join(dir, `.provisioned-${PROVISION_STAMP}`);
  if (existsSync(stamp)) return { libDir, classesDir };

  log(
    `Provisioning Stanford CoreNLP 4.5.7 + English models from Maven Central into ${dir} (first run only)…`,
  );
  await mkdir(dir, { recursive: true });
  const staging = path.join(dir, 'lib.staging');
  const classesStaging = path.join(dir, 'classes.staging');
  await rm(staging, { recursive: true, force: true });
  await rm(classesStaging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await run(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      POM,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${staging}`,
    ],
    'fetching CoreNLP from Maven Central; check the network to Maven Central and run again',
    log,
  );
  await run(
    'javac',
    [HTTPSERVER_EXPORTS, '-d', classesStaging, PROVIDER_SOURCE],
    'compiling the loopback provider; a Java 17 JDK (with javac) is needed',
    log,
  );
  await rm(libDir, { recursive: true, force: true });
  await rm(classesDir, { recursive: true, force: true });
  await rename(staging, libDir);
  await rename(classesStaging, classesDir);
  await writeFile(stamp, `${new Date().toISOString()}\n`);
  log('Stanford CoreNLP provisioned.');
  return { libDir, classesDir };
}
