import path from 'node:path';
import { AppError } from '../errors.js';
import { emptyDir, provisionOnce, replaceDir } from '../process/provision-once.js';
import { runToEnd } from '../process/run-to-end.js';

/** Where the provisioned server lives: the CoreNLP jars, and the compiled loopback provider. */
export interface CoreNlpJars {
  libDir: string;
  classesDir: string;
}

const POM = path.join(import.meta.dirname, 'pom.xml');
/** Compiled against the CoreNLP jars into `<dir>/classes`. */
const JAVA_SOURCES = ['LoopbackHttpServerProvider.java', 'BasicDependencyParseAnnotator.java'].map((f) =>
  path.join(import.meta.dirname, 'java', f),
);
/** Bump when pom.xml changes so old folders are provisioned again. */
const PROVISION_STAMP = 'corenlp-4.5.7+models+loopback-1';
/** Bump when a Java source changes: only the classes are built again. */
const CLASSES_STAMP = 'corenlp-classes-2';

/** The JVM flag that lets the loopback provider reach the JDK's own HTTP server (compile and run time). */
export const HTTPSERVER_EXPORTS = '--add-exports=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED';

/** Runs a build tool; its failures say how to get CoreNLP another way. */
function run(command: string, args: string[], what: string, log: (line: string) => void): Promise<void> {
  return runToEnd(command, args, {
    log,
    cannotRun: (cause) =>
      new AppError(
        'NLP_PROVISION_FAILED',
        `${command} could not be run, so Stanford CoreNLP cannot be provisioned. Install Maven and a Java 17 JDK, set CORENLP_URL to a running CoreNLP server, or use --extractor rules.`,
        { cause },
      ),
    failed: (code, output) =>
      new AppError('NLP_PROVISION_FAILED', `${command} exited with ${code} while ${what}.`, {
        details: { output },
      }),
  });
}

/**
 * Makes sure Stanford CoreNLP 4.5.7 and its English models are in `<dir>/lib` (fetched from Maven Central
 * with `mvn` the first time, about 480 MB) and the loopback provider and the basic-tree parser are compiled
 * into `<dir>/classes`.
 * Later calls return at once.
 */
export async function provisionCoreNlp(dir: string, log: (line: string) => void): Promise<CoreNlpJars> {
  const libDir = path.join(dir, 'lib');
  const classesDir = path.join(dir, 'classes');
  const built = await provisionOnce(dir, PROVISION_STAMP, async () => {
    log(
      `Provisioning Stanford CoreNLP 4.5.7 + English models from Maven Central into ${dir} (first run only)…`,
    );
    const staging = await emptyDir(path.join(dir, 'lib.staging'));
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
    await replaceDir(staging, libDir);
  });
  await provisionOnce(dir, CLASSES_STAMP, async () => {
    const classesStaging = await emptyDir(path.join(dir, 'classes.staging'));
    await run(
      'javac',
      [HTTPSERVER_EXPORTS, '-cp', `${libDir}/*`, '-d', classesStaging, ...JAVA_SOURCES],
      'compiling the loopback provider and the basic-tree parser; a Java 17 JDK (with javac) is needed',
      log,
    );
    await replaceDir(classesStaging, classesDir);
  });
  if (built) log('Stanford CoreNLP provisioned.');
  return { libDir, classesDir };
}
