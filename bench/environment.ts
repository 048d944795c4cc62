import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, runNamed } from '../src/db/index.js';
import type { Environment } from './result-types.js';

const run = promisify(execFile);

/** The packages whose versions decide the numbers. */
const PACKAGES = [
  'neo4j-driver',
  '@neo4j/graphql',
  '@apollo/server',
  'graphql',
  'express',
  'compromise',
  'wink-nlp',
  'autocannon',
  'tsx',
];

async function packageVersion(name: string): Promise<string> {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', name, 'package.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as { version?: string };
    return json.version ?? 'unknown';
  } catch {
    return 'not installed';
  }
}

/** The commit checked out, and whether the working tree differs from it (read-only git commands). */
async function gitState(): Promise<Environment['git']> {
  try {
    const { stdout: commit } = await run('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT });
    const { stdout: status } = await run('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: PROJECT_ROOT,
    });
    return { commit: commit.trim(), dirty: status.trim().length > 0 };
  } catch {
    return { commit: 'unknown (not a git checkout)', dirty: false };
  }
}

/** The Neo4j server's version and edition (cypher/bench/components.cypher). */
async function neo4jVersion(driver: Driver): Promise<{ version: string; edition: string }> {
  const session = driver.session();
  try {
    const result = await runNamed(session, 'bench/components');
    const row = result.records.find((record) => record.get('name') === 'Neo4j Kernel') ?? result.records[0];
    return {
      version: String(row?.get('version') ?? 'unknown'),
      edition: String(row?.get('edition') ?? 'unknown'),
    };
  } finally {
    await session.close();
  }
}

/** The 1, 5 and 15-minute load averages, to two decimals. */
export function loadAverage(): number[] {
  return os.loadavg().map((load) => Math.round(load * 100) / 100);
}

/** Describes the machine, the software versions and the database a run measured. */
export async function describeEnvironment(
  driver: Driver,
  database: Environment['database'],
): Promise<Environment> {
  const cpus = os.cpus();
  const [neo4j, git, versions] = await Promise.all([
    neo4jVersion(driver),
    gitState(),
    Promise.all(PACKAGES.map(async (name) => [name, await packageVersion(name)] as const)),
  ]);
  const own = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return {
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryBytes: os.totalmem(),
      os: `${os.type()} ${os.release()}`,
      arch: os.arch(),
      hostname: os.hostname(),
      loadAverageAtStart: loadAverage(),
    },
    versions: {
      node: process.version,
      neo4j: neo4j.version,
      neo4jEdition: neo4j.edition,
      packages: { [own.name]: own.version, ...Object.fromEntries(versions) },
    },
    git,
    database,
  };
}
