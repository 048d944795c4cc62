import { readFileSync } from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { commandExists } from '../db/command-exists.js';
import { freePort } from '../process/port-free.js';
import { AppError } from '../errors.js';
import { createCoreNlpClient, type NlpClient } from './corenlp-client.js';
import { coreNlpProperties, withBasicParser } from './corenlp-properties.js';
import { createNlpPool } from './nlp-pool.js';
import type { NlpConfig } from './nlp-config.js';
import { provisionCoreNlp } from './provision-corenlp.js';
import { startCoreNlp } from './start-corenlp.js';

/** A usable backbone and how to let go of it. */
export interface NlpService {
  client: NlpClient;
  urls: string[];
  /** `env`: the servers named in CORENLP_URL; `started`: one this process started (and stops). */
  origin: 'env' | 'started';
  /** Pids of the processes of a started server (the watchdog shell and the JVM), for measurements. */
  pids(): number[];
  close(): Promise<void>;
}

export interface ConnectNlpOptions {
  config: NlpConfig;
  log?: (line: string) => void;
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/live`, { timeout: 3000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/** The pid and its descendants, read from /proc (empty where there is no /proc). */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i += 1) {
    try {
      const children = readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, 'utf8').trim();
      if (children) out.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone, or no /proc
    }
  }
  return out;
}

/**
 * Finds or starts the linguistic backbone. CORENLP_URL (one server or a comma-separated pool) is used
 * as given, after checking that at least one server answers; otherwise Stanford CoreNLP is provisioned
 * into `.corenlp/` (first run) and started on a free loopback port under a watchdog tied to this process.
 */
export async function connectNlp(options: ConnectNlpOptions): Promise<NlpService> {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  // Connections are kept alive only to a server started here (TCP_NODELAY on, see startCoreNlp): to a stock
  // server a kept-alive connection waits 40 ms per answer, a new one does not.
  const clientFor = (url: string, keepAlive: boolean, annotators = config.annotators) =>
    createCoreNlpClient(url, coreNlpProperties(annotators, config.requestTimeoutMs), {
      timeoutMs: config.requestTimeoutMs,
      maxSockets: config.concurrency,
      keepAlive,
    });

  if (config.urls.length > 0) {
    const up = await Promise.all(config.urls.map(answers));
    const reachable = config.urls.filter((_, i) => up[i]);
    if (reachable.length === 0) {
      throw new AppError(
        'NLP_UNAVAILABLE',
        `No CoreNLP server answers at CORENLP_URL=${config.urls.join(',')}. Start them (e.g. java -cp "*" edu.stanford.nlp.pipeline.StanfordCoreNLPServer -port 9000), fix CORENLP_URL, unset it to start one here, or use --extractor rules.`,
      );
    }
    for (const url of config.urls)
      if (!reachable.includes(url)) log(`warning: CoreNLP at ${url} does not answer; using the others.`);
    const client = createNlpPool(
      reachable.map((url) => clientFor(url, config.keepAlive)),
      { concurrency: config.concurrency },
    );
    return {
      client,
      urls: reachable,
      origin: 'env',
      pids: () => [],
      close: () => Promise.resolve(client.close()),
    };
  }

  for (const tool of ['java', 'javac', 'mvn']) {
    if (!(await commandExists(tool))) {
      throw new AppError(
        'NLP_UNAVAILABLE',
        `The backbone extractor needs Stanford CoreNLP, and \`${tool}\` is not on PATH to provision and start it. Install a Java 17 JDK and Maven, or set CORENLP_URL to running CoreNLP servers, or use --extractor rules.`,
      );
    }
  }
  const jars = await provisionCoreNlp(config.dir, log);
  // Our own server has the basic-tree parser on its classpath: the same tree for less work.
  const annotators = withBasicParser(config.annotators);
  const server = await startCoreNlp({
    jars,
    runDir: path.join(config.dir, 'run'),
    port: await freePort(),
    heap: config.heap,
    threads: config.threads,
    annotators,
    startTimeoutMs: config.startTimeoutMs,
    requestTimeoutMs: config.requestTimeoutMs,
    log,
  });
  const client = createNlpPool([clientFor(server.url, true, annotators)], {
    concurrency: config.concurrency,
  });
  return {
    client,
    urls: [server.url],
    origin: 'started',
    pids: () => processTree(server.pid),
    close: async () => {
      client.close();
      await server.stop();
    },
  };
}
