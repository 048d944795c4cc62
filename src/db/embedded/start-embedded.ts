import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { lastLines } from '../../process/last-lines.js';
import { isPortFree } from '../../process/port-free.js';
import { waitUntilReady } from '../../process/wait-until-ready.js';
import { spawnWatched, stopWatched } from '../../process/watchdog.js';
import { ensurePassword } from './password.js';
import { NEO4J_JVM_FLAGS, renderNeo4jConf } from './neo4j-conf.js';
import type { Neo4jJars } from './provision-neo4j.js';

/** What an embedded instance needs to start. */
export interface EmbeddedOptions {
  jars: Neo4jJars;
  /** e.g. `.neo4j/instances/main` */
  instanceDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Delete the instance's data before starting. */
  fresh: boolean;
  startTimeoutMs: number;
  browserStyleUrl?: string;
  /** Tries one Bolt connection; resolves true when the server answers with these credentials. */
  probe: (uri: string, password: string) => Promise<boolean>;
  log: (line: string) => void;
}

/** A running embedded server; `owned` is false when another process started it and we only attached. */
export interface EmbeddedNeo4j {
  uri: string;
  httpUrl: string;
  username: 'neo4j';
  password: string;
  passwordFile: string;
  owned: boolean;
  stop(): Promise<void>;
}

interface RunInfo {
  /** The watchdog shell's pid: it holds the server's life. */
  pid: number;
  /** Neo4j's own (java) pid, once known: what a user looks for in `ps` or `top`. */
  serverPid?: number;
  ownerPid: number;
  boltPort: number;
  httpPort: number;
  startedAt: string;
}

/** The pid of the `java` process that a watchdog shell started, or undefined where /proc cannot tell. */
function javaChildOf(watchdogPid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${watchdogPid}/task/${watchdogPid}/children`, 'utf8')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return children.find((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'java');
  } catch {
    return undefined;
  }
}

/**
 * True while `pid` runs. A zombie — exited, but not yet reaped by the parent it was handed to when its owner
 * was killed (PID 1 may take seconds, or forever in a container without an init) — answers `kill(pid, 0)`
 * yet holds nothing, so on Linux its state in /proc decides.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).charAt(0);
    return state !== 'Z' && state !== 'X';
  } catch (error) {
    // Gone since the check above; or no /proc (macOS), where kill(pid, 0) is all there is.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !existsSync('/proc/self');
  }
}

async function readRunInfo(file: string): Promise<RunInfo | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RunInfo;
  } catch {
    return undefined;
  }
}

async function setInitialPassword(
  options: EmbeddedOptions,
  confDir: string,
  password: string,
): Promise<void> {
  const classpath = [`${options.jars.pluginsDir}/*`, `${options.jars.libDir}/*`].join(':');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'java',
      [
        '-cp',
        classpath,
        'org.neo4j.server.startup.Neo4jAdminCommand',
        'dbms',
        'set-initial-password',
        // A generated password may begin with '-' (base64url); without this it would be read as an option.
        '--',
        password,
      ],
      {
        env: { ...process.env, NEO4J_HOME: options.instanceDir, NEO4J_CONF: confDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', (cause) =>
      reject(
        new AppError('DB_START_FAILED', 'Java could not be run. Install Java 17, or set NEO4J_URI.', {
          cause,
        }),
      ),
    );
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new AppError('DB_START_FAILED', `Setting the initial Neo4j password failed: ${output.trim()}`),
          ),
    );
  });
}

/** Waits until Bolt answers, the child dies, or the timeout passes. */
function waitUntilBolt(
  child: ChildProcess,
  uri: string,
  password: string,
  options: EmbeddedOptions,
  logFile: string,
): Promise<void> {
  return waitUntilReady(child, {
    ready: () => options.probe(uri, password),
    timeoutMs: options.startTimeoutMs,
    onExit: async (exited) => {
      // The console log holds what Neo4j printed before its own logging started (bad settings, JVM errors).
      const tail =
        (await lastLines(logFile, 12)) ||
        (await lastLines(path.join(options.instanceDir, 'logs', 'neo4j.log'), 12));
      const locked = /lock|StoreLocked|already in use/i.test(tail);
      return new AppError(
        locked ? 'DB_LOCKED' : 'DB_START_FAILED',
        locked
          ? `The data folder ${options.instanceDir} is in use by another Neo4j process. Stop the other \`npm start\` first, or set NEO4J_EMBEDDED_DIR to another folder.`
          : `Neo4j exited with code ${String(exited)} while starting. Last lines of ${logFile}:\n${tail}`,
      );
    },
    onTimeout: () => {
      child.kill('SIGTERM');
      return new AppError(
        'DB_START_FAILED',
        `Neo4j did not answer on ${uri} within ${options.startTimeoutMs / 1000} s. See ${logFile}; on a slow machine raise NEO4J_START_TIMEOUT (seconds).`,
      );
    },
  });
}

function stopper(child: ChildProcess, runFile: string): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => (stopping ??= stopWatched(child, 60_000).then(() => rm(runFile, { force: true })));
}

/**
 * Starts (or attaches to) the embedded Neo4j of one instance folder: Neo4j Community's own entry point on
 * the provisioned jars, bound to 127.0.0.1, with authentication on and a generated password kept in
 * `<instanceDir>/password` (mode 600), in an instance folder only its owner may enter (mode 700). Data stays
 * between runs unless `fresh` is set.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const { instanceDir, boltPort, httpPort } = options;
  const confDir = path.join(instanceDir, 'conf');
  const runDir = path.join(instanceDir, 'run');
  const logsDir = path.join(instanceDir, 'logs');
  const runFile = path.join(runDir, 'server.json');
  const passwordFile = path.join(instanceDir, 'password');
  await mkdir(confDir, { recursive: true });
  await mkdir(runDir, { recursive: true });
  await mkdir(logsDir, { recursive: true });
  // The store files, auth.ini and logs are created with the default umask (world-readable): on a shared
  // host another user could copy the store and open it without our password. Only the owner may enter.
  await chmod(instanceDir, 0o700);

  const running = await readRunInfo(runFile);
  if (running && alive(running.pid)) {
    const { password } = await ensurePassword(passwordFile);
    const uri = `bolt://127.0.0.1:${running.boltPort}`;
    if (options.fresh) {
      throw new AppError(
        'DB_LOCKED',
        `--fresh needs the database stopped, but Neo4j (pid ${running.serverPid ?? running.pid}) is running on ${uri}. Stop \`npm start\` first.`,
      );
    }
    if (!(await options.probe(uri, password))) {
      throw new AppError(
        'DB_LOCKED',
        `Neo4j (pid ${running.serverPid ?? running.pid}) holds ${instanceDir} but does not answer on ${uri} yet. Wait for it, or stop it.`,
      );
    }
    options.log(
      `Using the embedded Neo4j already running on ${uri} (pid ${running.serverPid ?? running.pid}).`,
    );
    return {
      uri,
      httpUrl: `http://127.0.0.1:${running.httpPort}`,
      username: 'neo4j',
      password,
      passwordFile,
      owned: false,
      stop: () => Promise.resolve(),
    };
  }

  for (const [name, port] of [
    ['NEO4J_BOLT_PORT', boltPort],
    ['NEO4J_HTTP_PORT', httpPort],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new AppError(
        'DB_PORT_IN_USE',
        `Port ${port} is in use by another program, so the embedded Neo4j cannot start. ` +
          `If that is a Neo4j you want to use, set NEO4J_URI=bolt://localhost:${boltPort} with NEO4J_USERNAME and NEO4J_PASSWORD; ` +
          `otherwise set ${name} to a free port.`,
        { details: { port } },
      );
    }
  }

  if (options.fresh) {
    await rm(path.join(instanceDir, 'data'), { recursive: true, force: true });
    options.log(`Starting empty: deleted ${path.join(instanceDir, 'data')}.`);
  }
  await writeFile(
    path.join(confDir, 'neo4j.conf'),
    renderNeo4jConf({ ...options, pluginsDir: options.jars.pluginsDir }),
  );
  const { password, created } = await ensurePassword(passwordFile);
  if (!existsSync(path.join(instanceDir, 'data', 'dbms', 'auth.ini'))) {
    await setInitialPassword(options, confDir, password);
  } else if (created) {
    throw new AppError(
      'DB_START_FAILED',
      `${passwordFile} was missing but the database already has a password. Start with --fresh to begin again empty, or write the password into that file.`,
    );
  }
  if (created) options.log(`Generated a Neo4j password in ${passwordFile} (readable by you only).`);

  const logFile = path.join(logsDir, 'console.log');
  const out = openSync(logFile, 'a');
  const classpath = [`${options.jars.pluginsDir}/*`, `${confDir}/*`, `${options.jars.libDir}/*`].join(':');
  const child = spawnWatched(
    'java',
    [
      ...NEO4J_JVM_FLAGS,
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${instanceDir}`,
      `--config-dir=${confDir}`,
    ],
    { out, env: { ...process.env, NEO4J_HOME: instanceDir, NEO4J_CONF: confDir }, name: 'neo4j-watchdog' },
  );
  closeSync(out);
  const uri = `bolt://127.0.0.1:${boltPort}`;
  options.log(`Starting Neo4j 5.26 on ${uri} (logs: ${logsDir})…`);
  // Written before the wait, so a second start sees this one at once and does not race it.
  const info: RunInfo = {
    pid: child.pid ?? 0,
    ownerPid: process.pid,
    boltPort,
    httpPort,
    startedAt: new Date().toISOString(),
  };
  await writeFile(runFile, JSON.stringify(info, null, 2));
  const stop = stopper(child, runFile);
  try {
    await waitUntilBolt(child, uri, password, options, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const serverPid = javaChildOf(info.pid);
  if (serverPid !== undefined) await writeFile(runFile, JSON.stringify({ ...info, serverPid }, null, 2));
  return {
    uri,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    username: 'neo4j',
    password,
    passwordFile,
    owned: true,
    stop,
  };
}
