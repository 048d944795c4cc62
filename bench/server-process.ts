import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../src/errors.js';
import type { ChildReply, ChildRequest } from './serve-child.js';

/** The GraphQL server running in a child process. */
export interface ServerProcess {
  /** e.g. `http://127.0.0.1:41234/graphql` */
  url: string;
  pid: number;
  /** The server's resident memory, from /proc/<pid>/status (VmRSS). */
  rssBytes(): Promise<number>;
  /** The server's heap in use after a forced GC, and its RSS, as the server reports them. */
  memory(): Promise<{ rssBytes: number; heapUsedBytes: number }>;
  stop(): Promise<void>;
}

export interface DatabaseAddress {
  uri: string;
  username: string;
  password: string;
}

/** How to start the server process (defaults: this tree's serve-child.ts, no extra Node flags). */
export interface ServerProcessOptions {
  /** Another serve-child.ts, e.g. of an older checkout of the project, to compare two servers in one run. */
  childScript?: string;
  /** Extra Node flags, e.g. `--cpu-prof --cpu-prof-dir=<dir>`. */
  execArgv?: string[];
}

const CHILD = path.join(import.meta.dirname, 'serve-child.ts');

/** VmRSS of a process in bytes (Linux). */
export async function processRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (kb === undefined) throw new AppError('INTERNAL', `No VmRSS in /proc/${pid}/status.`);
  return Number(kb) * 1024;
}

function nextReply<T extends ChildReply['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ChildReply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new AppError('INTERNAL', `The benchmark server sent no "${type}" reply within ${timeoutMs} ms.`),
      );
    }, timeoutMs);
    const onMessage = (message: ChildReply) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<ChildReply, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(
        new AppError('INTERNAL', `The benchmark server exited (code ${code}) before its "${type}" reply.`),
      );
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Starts the GraphQL server (src/bench/serve-child.ts) in its own Node process on 127.0.0.1, so the load
 * comes from another process and the server's memory can be read on its own.
 */
export async function startServerProcess(
  db: DatabaseAddress,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const child = fork(options.childScript ?? CHILD, [], {
    execArgv: ['--import', import.meta.resolve('tsx'), ...(options.execArgv ?? [])],
    env: {
      ...process.env,
      BENCH_NEO4J_URI: db.uri,
      BENCH_NEO4J_USERNAME: db.username,
      BENCH_NEO4J_PASSWORD: db.password,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const request = (message: ChildRequest) => child.send(message);
  let ready: Extract<ChildReply, { type: 'ready' }>;
  try {
    ready = await nextReply(child, 'ready', 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    url: ready.url,
    pid: ready.pid,
    rssBytes: () => processRss(ready.pid),
    memory: async () => {
      const reply = nextReply(child, 'memory', 30_000);
      request({ type: 'memory' });
      const { rssBytes, heapUsedBytes } = await reply;
      return { rssBytes, heapUsedBytes };
    },
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        if (child.connected) request({ type: 'stop' });
        else child.kill('SIGTERM');
      })),
  };
}
