import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { AppError } from '../errors.js';
import { lastLines } from '../process/last-lines.js';
import { waitUntilReady } from '../process/wait-until-ready.js';
import { spawnWatched, stopWatched } from '../process/watchdog.js';
import { coreNlpProperties } from './corenlp-properties.js';
import { HTTPSERVER_EXPORTS, type CoreNlpJars } from './provision-corenlp.js';

/** What a CoreNLP server of our own needs to start. */
export interface StartCoreNlpOptions {
  jars: CoreNlpJars;
  /** Holds the server's properties file and its log (`<runDir>/corenlp-<port>.log`). */
  runDir: string;
  port: number;
  heap: string;
  threads: number;
  annotators: string;
  startTimeoutMs: number;
  requestTimeoutMs: number;
  log: (line: string) => void;
}

/** A running CoreNLP server that this process started; it stops when this process does. */
export interface CoreNlpServer {
  url: string;
  /** The watchdog shell's pid (the JVM is its child, marked `-Dcorenlp.owner=<our pid>`). */
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

function getStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

function waitUntilServing(
  child: ChildProcess,
  url: string,
  options: StartCoreNlpOptions,
  logFile: string,
): Promise<void> {
  return waitUntilReady(child, {
    ready: async () => (await getStatus(`${url}/ready`)) === 200,
    timeoutMs: options.startTimeoutMs,
    onExit: async (exited) => {
      const last = await lastLines(logFile, 15);
      const memory = /OutOfMemoryError|Could not reserve enough space/i.test(last);
      return new AppError(
        'NLP_START_FAILED',
        memory
          ? `Stanford CoreNLP ran out of memory while loading its models. Raise CORENLP_HEAP (now ${options.heap}; 3g is enough for the default annotators), or use --extractor rules.`
          : `Stanford CoreNLP exited with code ${String(exited)} while starting. Last lines of ${logFile}:\n${last}\nRun \`npm run provision\` again, or set CORENLP_URL to a running server, or use --extractor rules.`,
      );
    },
    onTimeout: () =>
      new AppError(
        'NLP_START_FAILED',
        `Stanford CoreNLP did not answer on ${url} within ${options.startTimeoutMs / 1000} s (loading the models takes 20-60 s on a busy 2-core machine). See ${logFile}; raise CORENLP_START_TIMEOUT (seconds), set CORENLP_URL to a running server, or use --extractor rules.`,
      ),
  });
}

/**
 * Starts Stanford CoreNLP's own server (edu.stanford.nlp.pipeline.StanfordCoreNLPServer) on 127.0.0.1 only,
 * with the annotators preloaded under the same properties the client sends, under a watchdog that stops
 * the JVM when this process goes away, even by SIGKILL. Resolves once `/ready` answers.
 */
export async function startCoreNlp(options: StartCoreNlpOptions): Promise<CoreNlpServer> {
  await mkdir(options.runDir, { recursive: true });
  const propsFile = path.join(options.runDir, `server-${options.port}.properties`);
  const props = coreNlpProperties(options.annotators, options.requestTimeoutMs);
  await writeFile(
    propsFile,
    Object.entries(props)
      .map(([key, value]) => `${key} = ${value}`)
      .join('\n') + '\n',
  );
  const logFile = path.join(options.runDir, `corenlp-${options.port}.log`);
  const out = openSync(logFile, 'w');
  const classpath = [options.jars.classesDir, `${options.jars.libDir}/*`].join(':');
  const child = spawnWatched(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseSerialGC',
      HTTPSERVER_EXPORTS,
      '-Dcom.sun.net.httpserver.HttpServerProvider=local.palmyra.nlp.LoopbackHttpServerProvider',
      '-Dcorenlp.bindHost=127.0.0.1',
      // The JDK's HTTP server writes a response's headers and body separately; with Nagle's algorithm on,
      // the body waits for the client's delayed ACK of the headers (40 ms on Linux) on a kept-alive
      // connection, longer than most requests take to annotate.
      '-Dsun.net.httpserver.nodelay=true',
      `-Dcorenlp.owner=${process.pid}`,
      '-cp',
      classpath,
      'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
      '-port',
      String(options.port),
      '-status_port',
      String(options.port),
      '-threads',
      String(options.threads),
      '-timeout',
      String(options.requestTimeoutMs),
      '-quiet',
      '-serverProperties',
      propsFile,
      '-preload',
      options.annotators,
    ],
    { out, name: 'corenlp-watchdog' },
  );
  closeSync(out);
  const url = `http://127.0.0.1:${options.port}`;
  options.log(`Starting Stanford CoreNLP 4.5.7 on ${url} (${options.annotators}; log ${logFile})…`);
  const stop = (() => {
    let stopping: Promise<void> | undefined;
    return () => (stopping ??= stopWatched(child));
  })();
  child.once('error', () => undefined);
  try {
    await waitUntilServing(child, url, options, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid ?? 0, logFile, stop };
}
